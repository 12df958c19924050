package kmsecrets.application.port.in;

/** Encrypt: the named key must be Enabled. */
public interface EncryptUseCase extends UseCase {
    Ciphertext encrypt(EncryptCommand command);
}
