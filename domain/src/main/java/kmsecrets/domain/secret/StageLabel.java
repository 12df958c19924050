package kmsecrets.domain.secret;

import java.util.Objects;
import kmsecrets.domain.error.InvalidValue;

/** A label pointing at one version of a secret, such as ACSCurrent. */
public record StageLabel(String value) {
    public static final StageLabel CURRENT = new StageLabel("ACSCurrent");
    public static final StageLabel PREVIOUS = new StageLabel("ACSPrevious");

    public StageLabel {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 64 || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValue("VersionStage", "1 to 64 printable characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
