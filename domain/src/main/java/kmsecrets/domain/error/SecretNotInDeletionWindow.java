package kmsecrets.domain.error;

/** Restore was asked for a secret that is not pending deletion. */
public final class SecretNotInDeletionWindow extends DomainException {
    public SecretNotInDeletionWindow(String message) {
        super(Reason.NOT_IN_DELETION_WINDOW, message);
    }
}
