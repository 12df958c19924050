package kmsecrets.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kmsecrets.domain.audit.AuditEvent;

/** Reading and checking the audit trail (CLI). */
public interface AuditTrail {
    List<AuditEvent> search(Optional<Instant> since, Optional<String> action, Optional<String> user, int limit);

    /** Seals what is committed, then recomputes the whole chain. */
    Verification verify();

    record Verification(boolean intact, long checked, Optional<Long> firstBrokenPosition) {
    }
}
