package kmsecrets.domain.error;

/** A quota (secrets per account, tags per resource, ...) would be exceeded. */
public final class QuotaExceeded extends DomainException {
    public QuotaExceeded(String message) {
        super(Reason.QUOTA_EXCEEDED, message);
    }
}
