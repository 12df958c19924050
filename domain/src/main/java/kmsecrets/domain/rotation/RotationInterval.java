package kmsecrets.domain.rotation;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kmsecrets.domain.error.InvalidValue;

/** How often a managed secret rotates; the API accepts 6 to 8760 hours. */
public record RotationInterval(Duration length) {
    private static final Pattern GRAMMAR = Pattern.compile("([0-9]{1,12})([dhms])");
    private static final Duration MIN = Duration.ofHours(6);
    private static final Duration MAX = Duration.ofHours(8760);

    public RotationInterval {
        Objects.requireNonNull(length, "length");
        if (length.compareTo(MIN) < 0 || length.compareTo(MAX) > 0) {
            throw new InvalidValue("RotationInterval", "must lie between 6h and 8760h");
        }
    }

    /** Reads the API's "<integer><d|h|m|s>" form, e.g. "30d" or "604800s". */
    public static RotationInterval parse(String text) {
        return new RotationInterval(length("RotationInterval", text));
    }

    /** The grammar shared by secret and key rotation intervals, without either's bounds. */
    public static Duration length(String parameter, String text) {
        Matcher m = GRAMMAR.matcher(Objects.requireNonNull(text, "text"));
        if (!m.matches()) {
            throw new InvalidValue(parameter, "must be an integer followed by d, h, m or s");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Duration.ofDays(amount);
            case "h" -> Duration.ofHours(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    public long seconds() {
        return length.getSeconds();
    }
}
