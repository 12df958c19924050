package kmsecrets.application.port.in;

/** ListSecretVersionIds. */
public interface ListSecretVersionIdsUseCase {
    ListSecretVersionIdsResult listSecretVersionIds(ListSecretVersionIdsQuery query);
}
