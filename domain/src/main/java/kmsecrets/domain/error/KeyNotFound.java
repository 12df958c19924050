package kmsecrets.domain.error;

/** A key operation names a customer master key that does not exist. */
public final class KeyNotFound extends DomainException {
    public KeyNotFound(String message) {
        super(Reason.KEY_NOT_FOUND, message);
    }
}
