package kmsecrets.domain.error;

/** The target system refused or could not take the new credential; labels did not move. */
public final class RotationFailed extends DomainException {
    public RotationFailed(String message) {
        super(Reason.ROTATION_FAILED, message);
    }
}
