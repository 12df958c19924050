package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import kmsecrets.domain.audit.AuditEvent;

/** Appended events in a list; sealing is the persistence adapter's business. Unit tests only. */
public final class RecordingAuditLog implements AuditLog {
    public final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void append(AuditEvent event) {
        events.add(event);
    }

    @Override
    public int seal(int batch) {
        return 0;
    }

    @Override
    public List<AuditEvent> search(Optional<Instant> since, Optional<String> action, Optional<String> principal,
                                   int limit) {
        List<AuditEvent> newestFirst = new java.util.ArrayList<>(events);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().filter(e -> since.map(s -> !e.at().isBefore(s)).orElse(true))
                .filter(e -> action.map(e.action()::equals).orElse(true))
                .filter(e -> principal.map(e.principal()::equals).orElse(true)).limit(limit).toList();
    }

    @Override
    public List<SealedEvent> chain(long after, int limit) {
        return List.of();
    }

    @Override
    public long unsealed() {
        return events.size();
    }
}
