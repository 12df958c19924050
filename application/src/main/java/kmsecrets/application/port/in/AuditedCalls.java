package kmsecrets.application.port.in;

import java.util.function.Supplier;
import kmsecrets.domain.audit.AuditEvent;

/** Every API call leaves exactly one audit event; a call's changes commit only together with its event. */
public interface AuditedCalls {
    /** Runs the call in one transaction with its success event; if the call fails, neither is stored. */
    <T> T succeed(AuditEvent event, boolean readOnly, Supplier<T> call);

    /** Records a refused or failed call (the event carries the error code). */
    void refused(AuditEvent event);
}
