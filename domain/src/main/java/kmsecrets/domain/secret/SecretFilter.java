package kmsecrets.domain.secret;

import java.util.List;
import java.util.Objects;
import kmsecrets.domain.error.InvalidValue;

/** One ListSecrets filter: values of one key combine with OR, different keys with AND. */
public record SecretFilter(Key key, List<String> values) {
    public enum Key { SecretName, Description, TagKey, TagValue, SecretType }

    public static final int MAX_FILTERS = 10;
    public static final int MAX_VALUES = 10;

    public SecretFilter {
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        if (values.size() > MAX_VALUES) {
            throw new InvalidValue("Filters", "a filter takes at most 10 values");
        }
        if (values.stream().anyMatch(v -> v == null || v.isEmpty() || v.length() > 256)) {
            throw new InvalidValue("Filters", "filter values have 1 to 256 characters");
        }
    }

    /** The rule every store applies: substring for names and descriptions, exact tags, type in any case. */
    public boolean matches(Secret secret) {
        SecretMetadata m = secret.metadata();
        return values.stream().anyMatch(value -> switch (key) {
            case SecretName -> m.name().value().contains(value);
            case Description -> m.description().contains(value);
            case TagKey -> m.tags().stream().anyMatch(t -> t.key().equals(value));
            case TagValue -> m.tags().stream().anyMatch(t -> t.value().equals(value));
            case SecretType -> m.type().name().equalsIgnoreCase(value);
        });
    }

    public static Key key(String name) {
        try {
            return Key.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("Filters", "unknown filter key (SecretName, Description, TagKey, TagValue, SecretType)");
        }
    }
}
