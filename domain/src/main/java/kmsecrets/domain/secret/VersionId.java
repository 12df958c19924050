package kmsecrets.domain.secret;

import java.util.Objects;
import kmsecrets.domain.error.InvalidValue;

/** Identifies one version within a secret; chosen by the caller, 1 to 64 characters. */
public record VersionId(String value) {
    public VersionId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 64 || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValue("VersionId", "1 to 64 printable characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
