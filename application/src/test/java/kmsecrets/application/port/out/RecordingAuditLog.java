package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import kmsecrets.domain.audit.AuditEvent;

/** Appended events in a list, sealed into a hash chain in append order when asked. Unit tests only. */
public final class RecordingAuditLog implements AuditLog {
    public final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void append(AuditEvent event) {
        events.add(event);
    }

    private final List<SealedEvent> sealed = new CopyOnWriteArrayList<>();

    @Override
    public synchronized int seal(int batch) {
        int from = sealed.size();
        int to = Math.min(events.size(), from + batch);
        byte[] link = sealed.isEmpty() ? kmsecrets.domain.audit.AuditChain.GENESIS : sealed.get(from - 1).link();
        for (int i = from; i < to; i++) {
            link = kmsecrets.domain.audit.AuditChain.link(link, events.get(i));
            sealed.add(new SealedEvent(i + 1, events.get(i), link));
        }
        return to - from;
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
        return sealed.stream().filter(e -> e.position() > after).limit(limit).toList();
    }

    @Override
    public long unsealed() {
        return events.size() - sealed.size();
    }

    @Override
    public long positionBefore(Instant at) {
        return sealed.stream().filter(e -> !e.event().at().isBefore(at))
                .min(java.util.Comparator.comparing((SealedEvent e) -> e.event().at())
                        .thenComparing(SealedEvent::position))
                .map(e -> e.position() - 1).orElse((long) sealed.size());
    }
}
