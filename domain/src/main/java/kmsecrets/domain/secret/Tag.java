package kmsecrets.domain.secret;

import java.util.Objects;
import java.util.regex.Pattern;
import kmsecrets.domain.error.InvalidValue;

/** A resource tag: key 1-128 and value 0-128 characters of letters, digits and / \ _ - . + = : @. */
public record Tag(String key, String value) {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9/\\\\_\\-.+=:@]{1,128}");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9/\\\\_\\-.+=:@]{0,128}");

    public Tag {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (!KEY.matcher(key).matches()) {
            throw new InvalidValue("Tags", "a tag key has 1 to 128 letters, digits or / \\ _ - . + = : @");
        }
        if (key.startsWith("aliyun") || key.startsWith("acs:")) {
            throw new InvalidValue("Tags", "a tag key must not start with aliyun or acs:");
        }
        if (!VALUE.matcher(value).matches()) {
            throw new InvalidValue("Tags", "a tag value has up to 128 letters, digits or / \\ _ - . + = : @");
        }
    }
}
