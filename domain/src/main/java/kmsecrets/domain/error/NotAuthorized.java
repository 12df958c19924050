package kmsecrets.domain.error;

/** The caller may not perform the action on the resource. */
public final class NotAuthorized extends DomainException {
    public NotAuthorized(String message) {
        super(Reason.NOT_AUTHORIZED, message);
    }
}
