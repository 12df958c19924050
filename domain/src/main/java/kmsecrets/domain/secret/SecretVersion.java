package kmsecrets.domain.secret;

import java.time.Instant;
import java.util.Objects;

/** One immutable version of a secret: its id, data type, sealed value and creation time. */
public record SecretVersion(VersionId id, SecretDataType dataType, SealedValue value, Instant createdAt) {
    public SecretVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
