package kmsecrets.application.port.in;

/** What Encrypt and ReEncrypt return: the blob and the key version that made it. */
public record Ciphertext(String keyId, String keyVersionId, byte[] blob) {
}
