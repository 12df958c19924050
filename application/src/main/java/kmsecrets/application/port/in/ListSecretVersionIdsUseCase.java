package kmsecrets.application.port.in;

/** ListSecretVersionIds. */
public interface ListSecretVersionIdsUseCase extends ReadUseCase {
    ListSecretVersionIdsResult listSecretVersionIds(ListSecretVersionIdsQuery query);
}
