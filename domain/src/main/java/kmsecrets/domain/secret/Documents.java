package kmsecrets.domain.secret;

import java.util.Map;
import java.util.Optional;

/**
 * JSON as plain JDK values (maps, lists, strings, numbers, booleans), for the secret types that look inside
 * a value. Implemented outside the domain, which imports no JSON library.
 */
public interface Documents {
    /** The decoded document, or empty when the text is not well-formed JSON. */
    Optional<Object> parse(String text);

    /** Compact JSON for an object of strings, maps and lists, with non-ASCII written as raw UTF-8. */
    String write(Map<String, ?> object);
}
