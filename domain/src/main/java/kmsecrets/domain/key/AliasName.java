package kmsecrets.domain.key;

import java.util.Objects;
import java.util.regex.Pattern;
import kmsecrets.domain.error.InvalidValue;

/** An alias of a key: {@code alias/<name>}, 1 to 255 characters, not under the reserved {@code alias/acs}. */
public record AliasName(String value) {
    private static final Pattern NAME = Pattern.compile("alias/[A-Za-z0-9:/_-]{1,249}");

    public AliasName {
        Objects.requireNonNull(value, "value");
        if (!NAME.matcher(value).matches() || value.startsWith("alias/acs")) {
            throw new InvalidValue("AliasName", "alias/ followed by letters, digits or : / _ -, not alias/acs...");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
