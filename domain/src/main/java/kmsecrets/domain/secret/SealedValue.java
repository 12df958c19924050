package kmsecrets.domain.secret;

import java.util.Arrays;
import java.util.Objects;

/**
 * A secret version's value as stored: the customer master key and key version that protect it, and an opaque
 * ciphertext (its layout belongs to the crypto adapter). Carries no plaintext and no usable key.
 */
public record SealedValue(String keyId, String keyVersionId, byte[] ciphertext) {
    public SealedValue {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(keyVersionId, "keyVersionId");
        ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public String toString() {
        return "SealedValue[" + keyVersionId + ", " + ciphertext.length + " bytes]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedValue other && keyId.equals(other.keyId) && keyVersionId.equals(other.keyVersionId)
                && Arrays.equals(ciphertext, other.ciphertext);
    }

    @Override
    public int hashCode() {
        return keyVersionId.hashCode() * 31 + Arrays.hashCode(ciphertext);
    }
}
