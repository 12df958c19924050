package kmsecrets.domain.account;

import java.util.Objects;
import java.util.regex.Pattern;
import kmsecrets.domain.error.InvalidValue;

/** The region this deployment serves, as written in ARNs (e.g. cn-hangzhou). */
public record Region(String value) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public Region {
        Objects.requireNonNull(value, "value");
        if (!NAME.matcher(value).matches()) {
            throw new InvalidValue("RegionId", "lower-case letters, digits and dashes");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
