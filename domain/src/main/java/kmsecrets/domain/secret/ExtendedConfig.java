package kmsecrets.domain.secret;

import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import kmsecrets.domain.error.InvalidValue;

/**
 * A managed secret's ExtendedConfig: the JSON text as given (returned verbatim) and its decoded members.
 * At most 1,024 characters.
 */
public record ExtendedConfig(String json, Map<String, Object> members) {
    public static final int MAX_CHARS = 1024;
    public static final int MAX_CUSTOM_DATA = 10;

    public ExtendedConfig {
        Objects.requireNonNull(json, "json");
        members = Map.copyOf(Objects.requireNonNull(members, "members"));
        if (json.length() > MAX_CHARS) {
            throw new InvalidValue("ExtendedConfig", "at most 1024 characters");
        }
    }

    /** The same config with its CustomData replaced (at most 10 pairs), rewritten as JSON. */
    public ExtendedConfig withCustomData(Map<String, Object> customData, Documents documents) {
        if (customData.size() > MAX_CUSTOM_DATA) {
            throw new InvalidValue("ExtendedConfig.CustomData", "at most 10 pairs");
        }
        Map<String, Object> changed = new java.util.LinkedHashMap<>(members);
        changed.put("CustomData", customData);
        return new ExtendedConfig(documents.write(changed), changed);
    }

    /** The CustomData object (empty when absent); at most 10 pairs. */
    public Map<String, Object> customData() {
        Object custom = members.getOrDefault("CustomData", Map.of());
        if (!(custom instanceof Map<?, ?> customMap)) {
            throw new InvalidValue("ExtendedConfig", "CustomData must be a JSON object");
        }
        if (customMap.size() > MAX_CUSTOM_DATA) {
            throw new InvalidValue("ExtendedConfig", "CustomData holds at most 10 pairs");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) customMap;
        return typed;
    }

    public String text(String member) {
        Object value = members.get(member);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new InvalidValue("ExtendedConfig", member + " is required and must be a string");
        }
        return s;
    }

    /** A string member that may be absent; present but not a non-blank string is invalid. */
    public Optional<String> optionalText(String member) {
        return members.containsKey(member) ? Optional.of(text(member)) : Optional.empty();
    }
}
