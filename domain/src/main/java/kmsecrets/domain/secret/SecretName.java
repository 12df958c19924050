package kmsecrets.domain.secret;

import java.util.Objects;
import java.util.regex.Pattern;
import kmsecrets.domain.error.InvalidValue;

/** A secret's name: 1 to 192 characters of {@code [A-Za-z0-9_/+=.@-]}; may contain '/'. */
public record SecretName(String value) {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_/+=.@-]{1,192}");

    public SecretName {
        Objects.requireNonNull(value, "value");
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidValue("SecretName", "1 to 192 characters of letters, digits and _/+=.@-");
        }
    }

    public boolean startsWith(String prefix) {
        return value.startsWith(prefix);
    }

    @Override
    public String toString() {
        return value;
    }
}
