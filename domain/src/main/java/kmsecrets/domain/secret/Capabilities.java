package kmsecrets.domain.secret;

import java.time.Duration;
import java.util.Objects;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.rotation.RotationInterval;

/**
 * What a secret type lets callers do with its secrets. {@code rotatedByService}: the service makes the versions
 * (managed types: RotateSecret and automatic rotation; the API's rotation fields appear in replies);
 * {@code callerWritesVersions}: PutSecretValue and UpdateSecretVersionStage are allowed. Automatic rotation
 * intervals must lie within the bounds.
 */
public record Capabilities(boolean rotatedByService, boolean callerWritesVersions, Duration shortestInterval,
                           Duration longestInterval) {
    /** Generic secrets: the caller writes every version and moves every label. */
    public static final Capabilities CALLER_WRITTEN =
            new Capabilities(false, true, Duration.ofHours(6), Duration.ofHours(8760));
    /** The documented managed types: the service rotates, every 6 hours at most and once a year at least. */
    public static final Capabilities SERVICE_ROTATED =
            new Capabilities(true, false, Duration.ofHours(6), Duration.ofHours(8760));

    public Capabilities {
        Objects.requireNonNull(shortestInterval, "shortestInterval");
        Objects.requireNonNull(longestInterval, "longestInterval");
        if (shortestInterval.compareTo(longestInterval) > 0) {
            throw new IllegalArgumentException("the shortest interval exceeds the longest");
        }
    }

    /** Refuses an automatic rotation interval outside this type's bounds. */
    public void checkInterval(RotationInterval interval) {
        if (interval.length().compareTo(shortestInterval) < 0 || interval.length().compareTo(longestInterval) > 0) {
            throw new InvalidValue("RotationInterval", "must lie between " + shortestInterval.toHours() + "h and "
                    + longestInterval.toHours() + "h for this secret type");
        }
    }
}
