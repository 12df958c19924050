package kmsecrets.application.service;

import java.time.Duration;

/**
 * How secret rotation behaves: how long a node may take to finish a rotation before another node recovers it
 * ({@code lease}), the first retry delay after an automatic failure (doubled per failure), the failures in a row
 * that make AutomaticRotation Invalid, and the RotateSecret calls allowed per account and hour.
 */
public record RotationSettings(Duration lease, Duration retryBase, int invalidAfter, int hourlyLimit) {
    public RotationSettings {
        if (lease.isNegative() || lease.isZero() || retryBase.isNegative() || retryBase.isZero()
                || invalidAfter < 1 || hourlyLimit < 1) {
            throw new IllegalArgumentException("rotation settings must be positive");
        }
    }
}
