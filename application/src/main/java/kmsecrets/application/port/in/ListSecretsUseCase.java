package kmsecrets.application.port.in;

/** ListSecrets: includes secrets pending deletion; ordered by creation time, then name. */
public interface ListSecretsUseCase extends ReadUseCase {
    ListSecretsResult listSecrets(ListSecretsQuery query);
}
