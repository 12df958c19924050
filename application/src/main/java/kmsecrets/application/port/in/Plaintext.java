package kmsecrets.application.port.in;

/** What Decrypt returns; never printed. */
public record Plaintext(String keyId, String keyVersionId, byte[] plaintext) {
    @Override
    public String toString() {
        return "Plaintext[" + keyVersionId + ", redacted]";
    }
}
