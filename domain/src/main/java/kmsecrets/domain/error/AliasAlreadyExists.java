package kmsecrets.domain.error;

/** CreateAlias with a name that is taken. */
public final class AliasAlreadyExists extends DomainException {
    public AliasAlreadyExists(String message) {
        super(Reason.ALIAS_EXISTS, message);
    }
}
