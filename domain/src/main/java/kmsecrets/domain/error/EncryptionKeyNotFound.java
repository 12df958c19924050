package kmsecrets.domain.error;

/** The EncryptionKeyId a secret operation names does not exist (answered like any missing resource). */
public final class EncryptionKeyNotFound extends DomainException {
    public EncryptionKeyNotFound(String message) {
        super(Reason.NOT_FOUND, message);
    }
}
