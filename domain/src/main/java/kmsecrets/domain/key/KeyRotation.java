package kmsecrets.domain.key;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.rotation.RotationInterval;

/** Automatic rotation of a key: off, or every interval (7 to 730 days) with the next due date. */
public record KeyRotation(Optional<Duration> interval, Optional<Instant> next) {
    public static final KeyRotation OFF = new KeyRotation(Optional.empty(), Optional.empty());
    private static final Duration MIN = Duration.ofDays(7);
    private static final Duration MAX = Duration.ofDays(730);

    public KeyRotation {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(next, "next");
        if (interval.isPresent() != next.isPresent()) {
            throw new IllegalArgumentException("an interval goes with a next date");
        }
    }

    /** Rotation every {@code text} (the secret grammar, 7 to 730 days), first due one interval after the last. */
    public static KeyRotation every(String text, Instant lastRotation) {
        Duration length = RotationInterval.length("RotationInterval", text);
        if (length.compareTo(MIN) < 0 || length.compareTo(MAX) > 0) {
            throw new InvalidValue("RotationInterval", "must lie between 7d and 730d");
        }
        return new KeyRotation(Optional.of(length), Optional.of(lastRotation.plus(length)));
    }

    public boolean enabled() {
        return interval.isPresent();
    }

    KeyRotation after(Instant rotatedAt) {
        return interval.map(i -> new KeyRotation(interval, Optional.of(rotatedAt.plus(i)))).orElse(this);
    }
}
