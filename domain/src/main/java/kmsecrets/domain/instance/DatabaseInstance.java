package kmsecrets.domain.instance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.PasswordPolicy;

/**
 * A database server registered by an operator, whose accounts managed secrets hold: where it listens, the
 * administrator that changes passwords (its password is stored apart, encrypted), and the policy new passwords
 * follow. The quote and backslash characters are never in a generated password, whatever the policy excludes.
 */
public record DatabaseInstance(String id, String engine, String host, int port, Optional<String> database,
                               String adminUser, PasswordPolicy passwords, Instant registeredAt) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
    /** Characters that quote or escape in SQL, shells or connection strings: never in a generated password. */
    public static final String ALWAYS_EXCLUDED = "\"'\\`";
    /** The default exclusions on top: characters that are awkward in URLs, shells and configuration files. */
    public static final String DEFAULT_EXCLUDED = ALWAYS_EXCLUDED + "$;&|<>(){}[]/,";

    public DatabaseInstance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(adminUser, "adminUser");
        Objects.requireNonNull(passwords, "passwords");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (!ID.matcher(id).matches()) {
            throw new InvalidValue("id", "1 to 128 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        if (host.isBlank() || port < 1 || port > 65535) {
            throw new InvalidValue("host", "a host and a port between 1 and 65535 are required");
        }
        if (adminUser.isBlank()) {
            throw new InvalidValue("adminUser", "required");
        }
        for (char c : ALWAYS_EXCLUDED.toCharArray()) {
            if (passwords.excludeCharacters().indexOf(c) < 0) {
                throw new InvalidValue("passwords", "the policy must exclude " + ALWAYS_EXCLUDED);
            }
        }
    }

    /** The password policy for new passwords: {@code length} characters, never any of {@code excluded}. */
    public static PasswordPolicy policy(int length, String excluded) {
        StringBuilder all = new StringBuilder(excluded);
        for (char c : ALWAYS_EXCLUDED.toCharArray()) {
            if (excluded.indexOf(c) < 0) {
                all.append(c);
            }
        }
        return new PasswordPolicy(length, all.toString(), false, false, false, false, true);
    }
}
