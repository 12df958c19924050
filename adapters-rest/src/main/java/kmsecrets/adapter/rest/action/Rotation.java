package kmsecrets.adapter.rest.action;

import kmsecrets.domain.rotation.RotationPolicy;

/** Rotation fields on the wire: intervals are always echoed in seconds, e.g. {@code 604800s}. */
final class Rotation {
    private Rotation() {
    }

    static String interval(RotationPolicy policy) {
        return policy.interval().map(i -> i.seconds() + "s").orElse(null);
    }
}
