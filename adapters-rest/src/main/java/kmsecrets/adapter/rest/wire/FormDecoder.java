package kmsecrets.adapter.rest.wire;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kmsecrets.adapter.rest.error.ApiError;

/**
 * Decodes a query string or form body with form rules ('+' is a space, %XX are UTF-8 bytes), as the SDKs
 * encode: one writes spaces as %20, another as '+', and a literal plus always arrives as %2B. Strict: a broken
 * percent-escape or bytes that are not UTF-8 are refused (InvalidParameter naming the parameter), never replaced.
 */
public final class FormDecoder {
    /** More parameters than any operation takes (BatchGetSecretValue's 20 secrets, 20 tags, filters ...). */
    public static final int MAX_PARAMETERS = 400;

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
            if (pairs.size() == MAX_PARAMETERS) {
                throw new ApiError(400, "InvalidParameter", "The request has more than " + MAX_PARAMETERS
                        + " parameters.");
            }
            int eq = part.indexOf('=');
            String rawName = eq < 0 ? part : part.substring(0, eq);
            String name = decodeComponent(rawName).orElseThrow(() -> new ApiError(400, "InvalidParameter",
                    "A parameter name is not valid UTF-8 percent-encoding."));
            String value = eq < 0 ? "" : decodeComponent(part.substring(eq + 1)).orElseThrow(() ->
                    ApiError.invalid(printable(name), "is not valid UTF-8 percent-encoding"));
            pairs.add(new String[] {name, value});
        }
        return pairs;
    }

    /** The decoded text, or empty when an escape is broken or the bytes are not UTF-8. */
    static Optional<String> decodeComponent(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return Optional.of(text);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= text.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return utf8(bytes.toByteArray());
    }

    /** The bytes as text when they are well-formed UTF-8; empty otherwise (nothing is replaced). */
    public static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A name fit for an error message: control characters shown as \\uXXXX, at most 64 characters. */
    public static String printable(String text) {
        String escaped = TextRules.escaped(text);
        return escaped.length() > 64 ? escaped.substring(0, 64) : escaped;
    }
}
