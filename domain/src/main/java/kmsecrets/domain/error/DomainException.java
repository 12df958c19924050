package kmsecrets.domain.error;

/** Base of every refusal the domain or a use case can give. The message must never contain secret material. */
public abstract class DomainException extends RuntimeException {
    private final Reason reason;

    protected DomainException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
