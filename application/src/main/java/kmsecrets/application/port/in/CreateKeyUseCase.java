package kmsecrets.application.port.in;

/** CreateKey: a symmetric AES-256 key with service-generated material. */
public interface CreateKeyUseCase extends UseCase {
    KeyMetadata createKey(CreateKeyCommand command);
}
