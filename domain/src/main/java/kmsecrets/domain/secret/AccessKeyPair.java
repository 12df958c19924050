package kmsecrets.domain.secret;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An access key pair of a user ({@code account}): the id that names it, the secret that signs with it, and when it
 * was generated (unknown for an imported pair). {@link #toString} never shows the secret.
 */
public record AccessKeyPair(String account, String accessKeyId, String accessKeySecret, Optional<Instant> generated)
        implements Credential {
    public AccessKeyPair {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(accessKeySecret, "accessKeySecret");
        Objects.requireNonNull(generated, "generated");
        if (account.isBlank() || accessKeyId.isBlank()) {
            throw new IllegalArgumentException("an access key pair needs a user and an id");
        }
    }

    @Override
    public String toString() {
        return "AccessKeyPair[" + account + ", " + accessKeyId + ", secret redacted]";
    }
}
