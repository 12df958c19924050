package kmsecrets.adapter.rest.wire;

import kmsecrets.application.port.in.Page;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.domain.error.InvalidValue;

/**
 * Typed access to an operation's parameters. All values are strings on the wire: booleans are true/false in
 * any case, integers are decimal, and an empty optional value counts as absent.
 */
public final class Params {
    private final RpcRequest request;

    public Params(RpcRequest request) {
        this.request = request;
    }

    public String required(String name) {
        return request.parameter(name).orElseThrow(() -> ApiError.missing(name));
    }

    /** A required parameter that must not be empty either (SecretData): absent is missing, empty is invalid. */
    public String requiredNonEmpty(String name) {
        String value = required(name);
        if (value.isEmpty()) {
            throw ApiError.invalid(name, "must not be empty");
        }
        return value;
    }

    public Optional<String> optional(String name) {
        return request.parameter(name).filter(value -> !value.isEmpty());
    }

    /** Optional text where an empty value is a value (e.g. an empty Description). */
    public Optional<String> optionalAllowEmpty(String name) {
        return request.parameter(name);
    }

    public boolean bool(String name, boolean absent) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return absent;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiError.invalid(name, "must be true or false");
        };
    }

    public Optional<Integer> integer(String name) {
        return optional(name).map(text -> {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw ApiError.invalid(name, "must be a decimal integer");
            }
        });
    }

    /** A flattened list {@code Name.1, Name.2, ...} in index order (the Tea SDKs send arrays this way). */
    public java.util.List<String> list(String name) {
        java.util.TreeMap<Integer, String> byIndex = new java.util.TreeMap<>();
        String prefix = name + ".";
        request.parameters().forEach((key, value) -> {
            if (key.startsWith(prefix) && key.indexOf('.', prefix.length()) < 0) {
                byIndex.put(index(key, key.substring(prefix.length())), value);
            }
        });
        return java.util.List.copyOf(byIndex.values());
    }

    /** A flattened list of objects {@code Name.1.Field=...} in index order, each as field -> value. */
    public java.util.List<java.util.Map<String, String>> objects(String name) {
        java.util.TreeMap<Integer, java.util.Map<String, String>> byIndex = new java.util.TreeMap<>();
        String prefix = name + ".";
        request.parameters().forEach((key, value) -> {
            int dot = key.indexOf('.', prefix.length());
            if (key.startsWith(prefix) && dot > 0) {
                byIndex.computeIfAbsent(index(key, key.substring(prefix.length(), dot)), i -> new java.util.HashMap<>())
                        .put(key.substring(dot + 1), value);
            }
        });
        return java.util.List.copyOf(byIndex.values());
    }

    /** The members of a flattened map {@code Name.<key>=value}. */
    public java.util.Map<String, Object> flattenedMap(String name) {
        java.util.Map<String, Object> members = new java.util.LinkedHashMap<>();
        String prefix = name + ".";
        request.parameters().forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                members.put(key.substring(prefix.length()), value);
            }
        });
        return members;
    }

    private static int index(String parameter, String text) {
        try {
            int i = Integer.parseInt(text);
            if (i < 1 || i > 1000) {
                throw ApiError.invalid(parameter, "list indexes start at 1");
            }
            return i;
        } catch (NumberFormatException e) {
            throw ApiError.invalid(parameter, "not a list index");
        }
    }

    /** Builds a value object from a parameter, naming the parameter when the object refuses the text. */
    public static <T> T as(String name, String text, Function<String, T> factory) {
        try {
            return factory.apply(text);
        } catch (InvalidValue e) {
            throw e;
        } catch (RuntimeException e) {
            throw ApiError.invalid(name, "malformed");
        }
    }

    /** PageNumber (from 1) and PageSize (default 10, or {@code defaultSize} where the action documents another). */
    public Page page(int defaultSize) {
        return new Page(integer("PageNumber").orElse(1), integer("PageSize").orElse(defaultSize));
    }

    public Page page() {
        return page(10);
    }
}
