package kmsecrets.application.port.in;

/** CancelKeyDeletion: a key pending deletion returns to Enabled. */
public interface CancelKeyDeletionUseCase extends UseCase {
    void cancelKeyDeletion(KeyStateCommand command);
}
