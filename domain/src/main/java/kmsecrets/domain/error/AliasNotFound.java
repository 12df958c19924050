package kmsecrets.domain.error;

/** An alias an operation names does not exist. */
public final class AliasNotFound extends DomainException {
    public AliasNotFound(String message) {
        super(Reason.ALIAS_NOT_FOUND, message);
    }
}
