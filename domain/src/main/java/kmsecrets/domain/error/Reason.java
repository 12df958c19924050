package kmsecrets.domain.error;

/** Why a request was refused, in domain terms. Every value is mapped exactly once at the REST edge. */
public enum Reason {
    INVALID_VALUE,
    NOT_AUTHORIZED,
    NOT_FOUND,
    ALREADY_EXISTS,
    IN_DELETION_WINDOW,
    NOT_IN_DELETION_WINDOW,
    QUOTA_EXCEEDED,
    UNSUPPORTED_OPERATION,
    KEY_NOT_FOUND,
    KEY_STATE_CONFLICT,
    KEY_DISABLED,
    KEY_PENDING_DELETION,
    KEY_VERSION_NOT_FOUND,
    ALIAS_NOT_FOUND,
    ALIAS_EXISTS,
    /** Another rotation of the secret is running. */
    ROTATION_IN_PROGRESS,
    /** Too many RotateSecret calls in the last hour. */
    ROTATION_THROTTLED,
    /** The target system refused or could not take the new credential; details are in the service log only. */
    ROTATION_FAILED,
    /** A dependency (the database) cannot be reached now, or a change kept colliding with others; retry later. */
    UNAVAILABLE
}
