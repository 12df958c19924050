package kmsecrets.domain.secret;

import java.util.Objects;

/**
 * A secret version's value as stored: the id of the customer master key that protects it and an opaque
 * ciphertext (its layout belongs to the crypto adapter). Carries no plaintext and no usable key.
 */
public record SealedValue(String keyId, byte[] ciphertext) {
    public SealedValue {
        Objects.requireNonNull(keyId, "keyId");
        ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public String toString() {
        return "SealedValue[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedValue other && keyId.equals(other.keyId)
                && java.util.Arrays.equals(ciphertext, other.ciphertext);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode() * 31 + java.util.Arrays.hashCode(ciphertext);
    }
}
