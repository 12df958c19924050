package kmsecrets.application.port.in;

/** ReEncrypt: both keys must be Enabled; the plaintext is wiped before the call returns. */
public interface ReEncryptUseCase extends UseCase {
    Ciphertext reEncrypt(ReEncryptCommand command);
}
