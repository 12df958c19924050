package kmsecrets.application.port.in;

/** Decrypt: the key version the blob names must belong to an Enabled key; nothing is stored. */
public interface DecryptUseCase extends ReadUseCase {
    Plaintext decrypt(DecryptCommand command);
}
