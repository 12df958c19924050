package kmsecrets.domain.error;

/** The key cannot encrypt or decrypt now: it is disabled or pending deletion. */
public final class KeyUnusable extends DomainException {
    public KeyUnusable(Reason reason, String message) {
        super(reason, message);
    }
}
