package kmsecrets.domain.secret;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Secret material in plaintext. Copies its bytes defensively and prints as {@code [redacted]}, so a record
 * holding one is safe to log.
 */
public final class SecretValue {
    /** The documented limit of SecretData: 30 KB of UTF-8. */
    public static final int MAX_BYTES = 30_720;

    private final byte[] bytes;

    private SecretValue(byte[] bytes) {
        this.bytes = bytes;
    }

    public static SecretValue of(byte[] bytes) {
        return new SecretValue(Objects.requireNonNull(bytes, "bytes").clone());
    }

    public static SecretValue ofText(String text) {
        return new SecretValue(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String asText() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public int length() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** Constant-time comparison, so equality checks do not leak how much of a value matched. */
    public boolean sameAs(SecretValue other) {
        return java.security.MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretValue other && sameAs(other);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "[redacted]";
    }
}
