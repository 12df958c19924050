package kmsecrets.application.port.in;

/**
 * master-key rotate, step 2, one batch at a time: every blob of the batch not wrapped by the primary key is
 * re-wrapped under it. Each blob is replaced on its own, only if it is still what was read, so a rotation killed at
 * any point leaves each blob wrapped by one key or the other, both of them held by every node, and a rerun goes on.
 */
public interface RewrapBlobsUseCase extends UseCase {
    RewrapBatch rewrap(RewrapBlobsCommand command);

    @Override
    default Commit commit() {
        return Commit.AFTER_WORK;
    }
}
