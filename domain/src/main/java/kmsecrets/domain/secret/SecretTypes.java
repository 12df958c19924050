package kmsecrets.domain.secret;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kmsecrets.domain.error.InvalidValue;

/** The registry of secret types this deployment serves, filled once in the composition root. */
public final class SecretTypes {
    private final Map<String, SecretType> byName = new LinkedHashMap<>();

    public SecretTypes(List<SecretType> types) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a deployment serves at least one secret type");
        }
        for (SecretType type : types) {
            if (byName.putIfAbsent(type.name(), type) != null) {
                throw new IllegalArgumentException("secret type registered twice: " + type.name());
            }
        }
    }

    /** Every registered type, in registration order. */
    public List<SecretType> all() {
        return List.copyOf(byName.values());
    }

    /** The type of a CreateSecret that names none: the first registered (Generic, in the service's catalogue). */
    public SecretType defaultType() {
        return byName.values().iterator().next();
    }

    /** The type of that wire name (case-sensitive, as documented); unknown names are invalid input. */
    public SecretType named(String name) {
        SecretType type = byName.get(name);
        if (type == null) {
            throw new InvalidValue("SecretType", "not a secret type served here (" + String.join(", ", byName.keySet()) + ")");
        }
        return type;
    }
}
