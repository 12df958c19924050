package kmsecrets.application.port.in;

/**
 * The background audit retention: whole days sealed before the retention period are dropped, after a checkpoint of
 * the chain's head at the cut is kept (sealed by the master key), so the rest still verifies.
 */
public interface PruneAuditTrailUseCase extends UseCase {
    AuditPruning prune(PruneAuditTrailCommand command);

    /** Commits in steps: the checkpoint first, then each day's store is dropped on its own. */
    @Override
    default Commit commit() {
        return Commit.AFTER_WORK;
    }
}
