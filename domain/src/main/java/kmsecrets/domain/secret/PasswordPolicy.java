package kmsecrets.domain.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import kmsecrets.domain.error.InvalidValue;

/**
 * How GetRandomPassword draws: length 8 to 128 from the classes not excluded, minus the excluded characters,
 * optionally with at least one character of every included class. Randomness is handed in as a uniform
 * {@code bound -> [0, bound)} draw, so the policy stays pure.
 */
public record PasswordPolicy(int length, String excludeCharacters, boolean excludeLowercase, boolean excludeUppercase,
                             boolean excludeNumbers, boolean excludePunctuation, boolean requireEachIncludedType) {
    public static final int DEFAULT_LENGTH = 32;
    static final String LOWERCASE = "abcdefghijklmnopqrstuvwxyz";
    static final String UPPERCASE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String NUMBERS = "0123456789";
    static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    public PasswordPolicy {
        if (length < 8 || length > 128) {
            throw new InvalidValue("PasswordLength", "must lie between 8 and 128");
        }
        if (excludeCharacters.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new InvalidValue("ExcludeCharacters", "must be printable ASCII");
        }
        // the fields are assigned only after a compact constructor runs: compute from the parameters
        List<String> classes = classes(excludeCharacters, excludeLowercase, excludeUppercase, excludeNumbers,
                excludePunctuation);
        if (classes.isEmpty()) {
            throw new InvalidValue("ExcludeCharacters", "every character is excluded");
        }
        if (requireEachIncludedType && classes.size() > length) {
            throw new InvalidValue("PasswordLength", "too short to hold every included character type");
        }
    }

    /** The non-empty character classes left after the exclusions. */
    private static List<String> classes(String excludeCharacters, boolean excludeLowercase, boolean excludeUppercase,
                                        boolean excludeNumbers, boolean excludePunctuation) {
        List<String> classes = new ArrayList<>();
        addClass(classes, LOWERCASE, excludeLowercase, excludeCharacters);
        addClass(classes, UPPERCASE, excludeUppercase, excludeCharacters);
        addClass(classes, NUMBERS, excludeNumbers, excludeCharacters);
        addClass(classes, PUNCTUATION, excludePunctuation, excludeCharacters);
        return classes;
    }

    private static void addClass(List<String> classes, String members, boolean excluded, String excludeCharacters) {
        if (excluded) {
            return;
        }
        StringBuilder kept = new StringBuilder();
        members.chars().filter(c -> excludeCharacters.indexOf(c) < 0).forEach(c -> kept.append((char) c));
        if (!kept.isEmpty()) {
            classes.add(kept.toString());
        }
    }

    /** A password under this policy; {@code below.applyAsInt(n)} must be uniform in [0, n). */
    public SecretValue generate(IntUnaryOperator below) {
        List<String> classes = classes(excludeCharacters, excludeLowercase, excludeUppercase, excludeNumbers,
                excludePunctuation);
        String alphabet = String.join("", classes);
        char[] password = new char[length];
        int position = 0;
        if (requireEachIncludedType) {
            for (String members : classes) {
                password[position++] = members.charAt(below.applyAsInt(members.length()));
            }
        }
        while (position < length) {
            password[position++] = alphabet.charAt(below.applyAsInt(alphabet.length()));
        }
        for (int i = length - 1; i > 0; i--) {
            int j = below.applyAsInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        SecretValue value = SecretValue.ofText(new String(password));
        java.util.Arrays.fill(password, '\0');
        return value;
    }
}
