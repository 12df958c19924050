package kmsecrets.adapter.rest.action;

import kmsecrets.adapter.rest.wire.WireTime;
import kmsecrets.domain.rotation.RotationPolicy;

/**
 * The rotation fields of CreateSecret, GetSecretValue and DescribeSecret, mapped once: only managed secrets report
 * AutomaticRotation and LastRotationDate; RotationInterval and NextRotationDate only while rotation is active;
 * intervals are always echoed in seconds, e.g. {@code 604800s}. A null field is left out of the reply.
 */
record Rotation(String automaticRotation, String rotationInterval, String nextRotationDate,
                String lastRotationDate) {

    static Rotation of(boolean managed, RotationPolicy policy) {
        return new Rotation(
                managed ? policy.state().wireName() : null,
                policy.active() ? policy.interval().map(i -> i.seconds() + "s").orElse(null) : null,
                policy.active() ? policy.nextRotation().map(WireTime::format).orElse(null) : null,
                managed ? policy.lastRotation().map(WireTime::format).orElse(null) : null);
    }
}
