package kmsecrets.domain.account;

import java.util.Objects;
import java.util.regex.Pattern;
import kmsecrets.domain.error.InvalidValue;

/** The owning account of every resource: 16 decimal digits, as in Alibaba ARNs. */
public record AccountId(String value) {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{16}");

    public AccountId {
        Objects.requireNonNull(value, "value");
        if (!DIGITS.matcher(value).matches()) {
            throw new InvalidValue("AccountId", "16 digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
