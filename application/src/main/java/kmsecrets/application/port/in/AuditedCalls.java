package kmsecrets.application.port.in;

import java.util.function.Supplier;
import kmsecrets.domain.audit.AuditEvent;

/** Every API call leaves exactly one audit event; a call's changes commit only together with its event. */
public interface AuditedCalls {
    /**
     * Runs the call in one transaction with its success event; if the call fails, neither is stored. With
     * {@code outsideTransaction} (reads, and calls that commit in steps of their own) the call runs first and its
     * event is committed after it, before the reply leaves.
     */
    <T> T succeed(AuditEvent event, boolean outsideTransaction, Supplier<T> call);

    /** Records a refused or failed call (the event carries the error code). */
    void refused(AuditEvent event);
}
