package kmsecrets.domain.error;

/** The account made more RotateSecret calls in the last hour than allowed. */
public final class RotationThrottled extends DomainException {
    public RotationThrottled(String message) {
        super(Reason.ROTATION_THROTTLED, message);
    }
}
