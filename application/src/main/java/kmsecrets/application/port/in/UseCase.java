package kmsecrets.application.port.in;

/**
 * What every inbound port is: one Alibaba action (or one administrative or background task) of the core. The use case
 * also says how its work commits together with the audit event of the call, so that no adapter chooses the
 * transaction boundary.
 */
public interface UseCase {
    /** Changes: the work and its success event commit in one transaction. Reads override this. */
    default Commit commit() {
        return Commit.WITH_EVENT;
    }
}
