package kmsecrets.domain.error;

/** A key version a key operation names does not exist. */
public final class KeyVersionNotFound extends DomainException {
    public KeyVersionNotFound(String message) {
        super(Reason.KEY_VERSION_NOT_FOUND, message);
    }
}
