package kmsecrets.domain.error;

/** The referenced customer master key does not exist. */
public final class KeyNotFound extends DomainException {
    public KeyNotFound(String message) {
        super(Reason.NOT_FOUND, message);
    }
}
