package kmsecrets.domain.rotation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret's automatic rotation: its state, interval and dates. Generic secrets never rotate automatically;
 * an enabled policy always has an interval and a next rotation date.
 */
public record RotationPolicy(AutomaticRotation state, Optional<RotationInterval> interval,
                             Optional<Instant> lastRotation, Optional<Instant> nextRotation) {
    public static final RotationPolicy DISABLED =
            new RotationPolicy(AutomaticRotation.DISABLED, Optional.empty(), Optional.empty(), Optional.empty());

    public RotationPolicy {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(lastRotation, "lastRotation");
        Objects.requireNonNull(nextRotation, "nextRotation");
        if (state != AutomaticRotation.DISABLED && (interval.isEmpty() || nextRotation.isEmpty())) {
            throw new IllegalArgumentException("an active rotation policy needs an interval and a next date");
        }
    }

    /** Rotation switched on at {@code base} (creation or last rotation): the first rotation is one interval later. */
    public static RotationPolicy enabled(RotationInterval interval, Instant base) {
        return new RotationPolicy(AutomaticRotation.ENABLED, Optional.of(interval), Optional.empty(),
                Optional.of(base.plus(interval.length())));
    }

    public boolean active() {
        return state != AutomaticRotation.DISABLED;
    }
}
