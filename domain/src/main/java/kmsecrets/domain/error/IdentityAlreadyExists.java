package kmsecrets.domain.error;

/** A user with that name exists already. */
public final class IdentityAlreadyExists extends DomainException {
    public IdentityAlreadyExists(String message) {
        super(Reason.ALREADY_EXISTS, message);
    }
}
