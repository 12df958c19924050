package kmsecrets.domain.rotation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret's automatic rotation: its state, interval, dates and the automatic attempts that failed in a row.
 * Generic secrets never rotate automatically; an active policy always has an interval and a next rotation date.
 * After {@code failures} reaches the limit the state is Invalid until a rotation succeeds; failed attempts are
 * retried with exponential back-off, never later than one interval.
 */
public record RotationPolicy(AutomaticRotation state, Optional<RotationInterval> interval,
                             Optional<Instant> lastRotation, Optional<Instant> nextRotation, int failures) {
    public static final RotationPolicy DISABLED =
            new RotationPolicy(AutomaticRotation.DISABLED, Optional.empty(), Optional.empty(), Optional.empty(), 0);

    public RotationPolicy {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(lastRotation, "lastRotation");
        Objects.requireNonNull(nextRotation, "nextRotation");
        if (state != AutomaticRotation.DISABLED && (interval.isEmpty() || nextRotation.isEmpty())) {
            throw new IllegalArgumentException("an active rotation policy needs an interval and a next date");
        }
        if (failures < 0) {
            throw new IllegalArgumentException("failures must not be negative");
        }
    }

    public RotationPolicy(AutomaticRotation state, Optional<RotationInterval> interval, Optional<Instant> lastRotation,
                          Optional<Instant> nextRotation) {
        this(state, interval, lastRotation, nextRotation, 0);
    }

    /** Rotation switched on at {@code base} (creation or last rotation): the first rotation is one interval later. */
    public static RotationPolicy enabled(RotationInterval interval, Instant base) {
        return new RotationPolicy(AutomaticRotation.ENABLED, Optional.of(interval), Optional.empty(),
                Optional.of(base.plus(interval.length())), 0);
    }

    public boolean active() {
        return state != AutomaticRotation.DISABLED;
    }

    /** UpdateSecretRotationPolicy on: next = (last rotation, else creation) + interval, or now if that has passed. */
    public RotationPolicy enable(RotationInterval newInterval, Instant createdAt, Instant now) {
        Instant next = lastRotation.orElse(createdAt).plus(newInterval.length());
        return new RotationPolicy(AutomaticRotation.ENABLED, Optional.of(newInterval), lastRotation,
                Optional.of(next.isBefore(now) ? now : next), 0);
    }

    /** UpdateSecretRotationPolicy off: no interval or next date; the last rotation date stays. */
    public RotationPolicy disable() {
        return new RotationPolicy(AutomaticRotation.DISABLED, Optional.empty(), lastRotation, Optional.empty(), 0);
    }

    /** A rotation (manual or automatic) completed at {@code at}: Enabled again if active, next one interval later. */
    public RotationPolicy succeeded(Instant at) {
        if (!active()) {
            return new RotationPolicy(state, interval, Optional.of(at), Optional.empty(), 0);
        }
        return new RotationPolicy(AutomaticRotation.ENABLED, interval, Optional.of(at),
                Optional.of(at.plus(interval.orElseThrow().length())), 0);
    }

    /**
     * An automatic rotation failed at {@code at}: retry after {@code retryBase} doubled per earlier failure (at most
     * one interval); from the {@code invalidAfter}-th failure in a row the state is Invalid.
     */
    public RotationPolicy failed(Instant at, Duration retryBase, int invalidAfter) {
        if (!active()) {
            return this;
        }
        int count = failures + 1;
        Duration delay = retryBase.multipliedBy(1L << Math.min(count - 1, 20));
        Duration longest = interval.orElseThrow().length();
        Instant retry = at.plus(delay.compareTo(longest) > 0 ? longest : delay);
        AutomaticRotation next = count >= invalidAfter ? AutomaticRotation.INVALID : state;
        return new RotationPolicy(next, interval, lastRotation, Optional.of(retry), count);
    }

    /** Due for an automatic attempt at {@code now}. */
    public boolean dueAt(Instant now) {
        return active() && !nextRotation.orElseThrow().isAfter(now);
    }
}
