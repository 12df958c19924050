package kmsecrets.adapter.rest.wire;

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
}
