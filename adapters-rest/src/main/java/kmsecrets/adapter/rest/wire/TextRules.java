package kmsecrets.adapter.rest.wire;

import java.util.Set;
import kmsecrets.adapter.rest.error.ApiError;

/**
 * What text may enter the service, checked once at the edge for every parameter (and the strings inside JSON
 * parameters): no control characters (U+0000–U+001F, U+007F) and no unpaired surrogates. Values that are
 * encrypted and never stored as text ({@code SecretData}, {@code Plaintext}) may hold any text; free-text
 * descriptions may hold tabs and line breaks.
 */
public final class TextRules {
    /** Encrypted before anything stores them: any text. */
    private static final Set<String> OPAQUE = Set.of("SecretData", "Plaintext");
    /** Prose: tab, line feed and carriage return allowed. */
    private static final Set<String> PROSE = Set.of("Description");

    private TextRules() {
    }

    /** Refuses the parameter with InvalidParameter naming it when its value breaks the rules. */
    public static void check(String name, String value) {
        if (!clean(name, false)) {
            throw new ApiError(400, "InvalidParameter", "A parameter name contains a control character: "
                    + FormDecoder.printable(name) + ".");
        }
        if (!OPAQUE.contains(name) && !clean(value, PROSE.contains(name))) {
            throw ApiError.invalid(name, "contains a control character or an unpaired surrogate");
        }
    }

    /** True when the text has no control character (but tab, LF, CR where allowed) and no unpaired surrogate. */
    public static boolean clean(String text, boolean allowLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (!(allowLineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
                    return false;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The text with every control character and unpaired surrogate written as \\uXXXX: safe to store anywhere. */
    public static String escaped(String text) {
        if (clean(text, false)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
