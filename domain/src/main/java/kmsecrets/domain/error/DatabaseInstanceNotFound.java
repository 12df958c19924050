package kmsecrets.domain.error;

/** A managed secret names a database instance that is not registered. */
public final class DatabaseInstanceNotFound extends DomainException {
    public DatabaseInstanceNotFound(String message) {
        super(Reason.NOT_FOUND, message);
    }
}
