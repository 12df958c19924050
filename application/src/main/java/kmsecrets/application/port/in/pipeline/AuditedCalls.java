package kmsecrets.application.port.in.pipeline;

import java.util.function.Supplier;
import kmsecrets.application.port.in.Commit;
import kmsecrets.domain.audit.AuditEvent;

/** Every API call leaves exactly one audit event; a call's changes commit only together with its event. */
public interface AuditedCalls {
    /**
     * Runs the call and stores its success event as its use case declares ({@link Commit}): in one transaction with
     * the call's changes (if the call fails, neither is stored), or after the call, before the reply leaves.
     */
    <T> T succeed(AuditEvent event, Commit commit, Supplier<T> call);

    /** Records a refused or failed call (the event carries the error code). */
    void refused(AuditEvent event);
}
