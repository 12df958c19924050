package kmsecrets.adapter.rest.wire;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ArrayList;

/**
 * Decodes a query string or form body with form rules ('+' is a space, %XX are UTF-8 bytes), as the SDKs
 * encode: one writes spaces as %20, another as '+', and a literal plus always arrives as %2B.
 */
public final class FormDecoder {
    private FormDecoder() {
    }

    /** Name/value pairs in wire order; a name without '=' has the empty value. */
    public static List<String[]> decode(String encoded) {
        List<String[]> pairs = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return pairs;
        }
        for (String part : encoded.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            pairs.add(new String[] {decodeComponent(name), decodeComponent(value)});
        }
        return pairs;
    }

    private static String decodeComponent(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedRequest("the request contains a malformed percent-encoding");
        }
    }

    /** The request cannot be parsed at all. */
    public static final class MalformedRequest extends RuntimeException {
        public MalformedRequest(String message) {
            super(message, null, false, false);
        }
    }
}
