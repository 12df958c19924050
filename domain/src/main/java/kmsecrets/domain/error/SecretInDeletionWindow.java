package kmsecrets.domain.error;

/** The secret is scheduled for deletion; only restore and forced deletion apply. */
public final class SecretInDeletionWindow extends DomainException {
    public SecretInDeletionWindow(String message) {
        super(Reason.IN_DELETION_WINDOW, message);
    }
}
