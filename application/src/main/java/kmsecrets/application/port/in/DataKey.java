package kmsecrets.application.port.in;

import java.util.Optional;

/** What GenerateDataKey returns: the encrypted data key and, when asked for, the key itself; never printed. */
public record DataKey(String keyId, String keyVersionId, byte[] blob, Optional<byte[]> plaintext) {
    @Override
    public String toString() {
        return "DataKey[" + keyVersionId + ", redacted]";
    }
}
