package kmsecrets.domain.access;

import java.util.regex.Pattern;

/** A RAM wildcard pattern: {@code *} any run of characters, {@code ?} one character, everything else literal. */
public record Glob(String text, Pattern pattern) {
    static Glob of(String text, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return new Glob(text, Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE : 0));
    }

    boolean matches(String value) {
        return pattern.matcher(value).matches();
    }
}
