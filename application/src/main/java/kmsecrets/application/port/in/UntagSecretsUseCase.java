package kmsecrets.application.port.in;

/** Untagging secrets: all-or-nothing over the named secrets. */
public interface UntagSecretsUseCase extends UseCase {
    void untagSecrets(UntagSecretsCommand command);
}
