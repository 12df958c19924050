package kmsecrets.domain.error;

/** A live secret (or a version) with that identity exists already. */
public final class SecretAlreadyExists extends DomainException {
    public SecretAlreadyExists(String message) {
        super(Reason.ALREADY_EXISTS, message);
    }
}
