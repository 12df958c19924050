package kmsecrets.domain.error;

/** The requested key state change is not allowed from the key's current state. */
public final class KeyStateConflict extends DomainException {
    public KeyStateConflict(String message) {
        super(Reason.KEY_STATE_CONFLICT, message);
    }
}
