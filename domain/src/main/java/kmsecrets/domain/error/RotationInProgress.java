package kmsecrets.domain.error;

/** A rotation of the secret with another VersionId is running. */
public final class RotationInProgress extends DomainException {
    public RotationInProgress(String message) {
        super(Reason.ROTATION_IN_PROGRESS, message);
    }
}
