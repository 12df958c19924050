package kmsecrets.domain.error;

/** A database instance with that id is registered already. */
public final class DatabaseInstanceExists extends DomainException {
    public DatabaseInstanceExists(String message) {
        super(Reason.ALREADY_EXISTS, message);
    }
}
