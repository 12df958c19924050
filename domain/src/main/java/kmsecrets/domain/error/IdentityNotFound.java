package kmsecrets.domain.error;

/** A user, policy or access key the administration names does not exist. */
public final class IdentityNotFound extends DomainException {
    public IdentityNotFound(String message) {
        super(Reason.NOT_FOUND, message);
    }
}
