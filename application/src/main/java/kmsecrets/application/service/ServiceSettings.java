package kmsecrets.application.service;

import java.util.Objects;
import kmsecrets.domain.account.Region;

/** Deployment facts the use cases need, read by bootstrap and handed in. */
public record ServiceSettings(Region region, long secretQuota) {
    public ServiceSettings {
        Objects.requireNonNull(region, "region");
        if (secretQuota < 1) {
            throw new IllegalArgumentException("secret quota must be positive");
        }
    }
}
