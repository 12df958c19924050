package kmsecrets.domain.error;

/** The operation does not apply to this resource (e.g. PutSecretValue on a managed secret). */
public final class UnsupportedOperation extends DomainException {
    public UnsupportedOperation(String message) {
        super(Reason.UNSUPPORTED_OPERATION, message);
    }
}
