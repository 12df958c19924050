package kmsecrets.application.port.in;

/**
 * master-key rotate, step 1: adds the new key to the deployment (stored wrapped under the current primary, so every
 * node learns it) and makes it primary: from now on every node wraps new blobs under it. Repeating it is harmless.
 */
public interface StartMasterKeyRotationUseCase extends UseCase {
    MasterKeyRotation start(StartMasterKeyRotationCommand command);

    /** Work that commits in steps of its own: the key row, then the primary. */
    @Override
    default Commit commit() {
        return Commit.AFTER_WORK;
    }
}
