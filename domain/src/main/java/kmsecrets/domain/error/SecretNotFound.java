package kmsecrets.domain.error;

/** The named secret, version or stage does not exist. */
public final class SecretNotFound extends DomainException {
    public SecretNotFound(String message) {
        super(Reason.NOT_FOUND, message);
    }
}
