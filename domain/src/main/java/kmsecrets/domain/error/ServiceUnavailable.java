package kmsecrets.domain.error;

/**
 * The request could not be served now and changed nothing: the database cannot be reached, or a change kept
 * colliding with concurrent changes. The caller may retry the same request.
 */
public final class ServiceUnavailable extends DomainException {
    public ServiceUnavailable(String message) {
        super(Reason.UNAVAILABLE, message);
    }
}
