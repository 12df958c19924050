package kmsecrets.domain.secret;

import java.util.Locale;
import kmsecrets.domain.error.InvalidValue;

/** Whether SecretData is text or Base64 text of binary data; the value is stored verbatim either way. */
public enum SecretDataType {
    TEXT("text"),
    BINARY("binary");

    private final String wireName;

    SecretDataType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static SecretDataType parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "binary" -> BINARY;
            default -> throw new InvalidValue("SecretDataType", "must be text or binary");
        };
    }
}
