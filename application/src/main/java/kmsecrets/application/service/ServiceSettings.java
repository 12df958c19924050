package kmsecrets.application.service;

import java.time.Duration;
import java.util.Objects;
import kmsecrets.domain.account.Region;

/** Deployment facts the use cases need, read by bootstrap and handed in. */
public record ServiceSettings(Region region, long secretQuota, Duration keyVersionMinInterval) {
    /** The documented pace of manual key rotation: at most one new version per key per week. */
    public static final Duration KEY_VERSION_MIN_INTERVAL = Duration.ofDays(7);

    public ServiceSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(keyVersionMinInterval, "keyVersionMinInterval");
        if (secretQuota < 1) {
            throw new IllegalArgumentException("secret quota must be positive");
        }
    }

    public ServiceSettings(Region region, long secretQuota) {
        this(region, secretQuota, KEY_VERSION_MIN_INTERVAL);
    }
}
