package kmsecrets.domain.key;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One version of a customer master key: its own material (wrapped by the master key). The primary version
 * encrypts; every retained version decrypts what it encrypted, so rotation never strands old ciphertext.
 */
public record KeyVersion(String versionId, String keyId, byte[] wrappedMaterial, Instant createdAt) {
    public KeyVersion {
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(keyId, "keyId");
        wrappedMaterial = Objects.requireNonNull(wrappedMaterial, "wrappedMaterial").clone();
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The id of a key's first version. */
    public static String initialId(String keyId) {
        return keyId + "-v1";
    }

    @Override
    public byte[] wrappedMaterial() {
        return wrappedMaterial.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyVersion v && versionId.equals(v.versionId) && keyId.equals(v.keyId)
                && Arrays.equals(wrappedMaterial, v.wrappedMaterial) && createdAt.equals(v.createdAt);
    }

    @Override
    public int hashCode() {
        return versionId.hashCode();
    }

    @Override
    public String toString() {
        return "KeyVersion[" + versionId + "]";
    }
}
