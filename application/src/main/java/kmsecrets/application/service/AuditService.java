package kmsecrets.application.service;

import java.util.function.Supplier;
import kmsecrets.application.port.in.pipeline.AuditedCalls;
import kmsecrets.application.port.in.Commit;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.audit.AuditEvent;

/** Audited calls, fail-closed: a change commits only with its event, and no reply leaves before its event commits. */
public final class AuditService implements AuditedCalls {
    private final AuditLog log;
    private final Transactions transactions;

    public AuditService(AuditLog log, Transactions transactions) {
        this.log = log;
        this.transactions = transactions;
    }

    /**
     * A change and its event commit in one transaction. A read has nothing to commit: its event is committed after
     * it, on its own, and the reply waits for that commit, so no value leaves the service unrecorded.
     */
    @Override
    public <T> T succeed(AuditEvent event, Commit commit, Supplier<T> call) {
        if (commit == Commit.AFTER_WORK) {
            T result = call.get();
            log.append(event.withResult(AuditEvent.SUCCESS));
            return result;
        }
        return transactions.inTransaction(() -> {
            T result = call.get();
            log.append(event.withResult(AuditEvent.SUCCESS));
            return result;
        });
    }

    @Override
    public void refused(AuditEvent event) {
        transactions.inTransaction(() -> {
            log.append(event);
            return event;
        });
    }
}
