package kmsecrets.application.port.in;

import java.util.Base64;
import kmsecrets.domain.secret.SecretValue;

/** Binary secret data travels as Base64 text and is stored as given; it only has to be well-formed. */
final class Base64Text {
    private Base64Text() {
    }

    static boolean isBase64(SecretValue value) {
        try {
            Base64.getDecoder().decode(value.bytes());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
