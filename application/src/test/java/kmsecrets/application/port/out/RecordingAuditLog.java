package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import kmsecrets.domain.audit.AuditEvent;

/** Appended events in a list, sealed into a hash chain in append order when asked. Unit tests only. */
public final class RecordingAuditLog implements AuditLog {
    public final List<AuditEvent> events = new CopyOnWriteArrayList<>();
    private final java.time.Clock clock;
    private final java.util.Map<Long, java.time.LocalDate> sealedOn = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Checkpoint> checkpoints = new CopyOnWriteArrayList<>();
    private long dropped;

    /** Seals on the days of the system clock. */
    public RecordingAuditLog() {
        this(java.time.Clock.systemUTC());
    }

    /** Seals on the days of {@code clock}. */
    public RecordingAuditLog(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    public void append(AuditEvent event) {
        events.add(event);
    }

    private final List<SealedEvent> sealed = new CopyOnWriteArrayList<>();

    @Override
    public synchronized int seal(int batch) {
        int from = (int) (sealed.size() + dropped);
        int to = Math.min(events.size(), from + batch);
        byte[] link = lastLink;
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        for (int i = from; i < to; i++) {
            link = kmsecrets.domain.audit.AuditChain.link(link, events.get(i));
            sealed.add(new SealedEvent(i + 1, events.get(i), link));
            sealedOn.put(i + 1L, today);
        }
        lastLink = link;
        return to - from;
    }

    private byte[] lastLink = kmsecrets.domain.audit.AuditChain.GENESIS;

    /** What someone editing the stored trail does: the sealed event at {@code position} changed, its link kept. */
    public synchronized void tamper(long position, AuditEvent forged) {
        int index = (int) (position - 1 - dropped);
        SealedEvent original = sealed.get(index);
        sealed.set(index, new SealedEvent(original.position(), forged, original.link()));
    }

    @Override
    public synchronized Optional<SealedEvent> lastSealedBefore(java.time.LocalDate day) {
        return sealed.stream().filter(e -> sealedOn.get(e.position()).isBefore(day))
                .reduce((first, second) -> second);
    }

    @Override
    public synchronized int dropSealedBefore(java.time.LocalDate day, long throughPosition) {
        java.util.Set<java.time.LocalDate> uncovered = new java.util.HashSet<>();
        sealed.stream().filter(e -> e.position() > throughPosition).forEach(e -> uncovered.add(sealedOn.get(e.position())));
        java.util.Set<java.time.LocalDate> days = new java.util.HashSet<>();
        for (SealedEvent e : List.copyOf(sealed)) {
            java.time.LocalDate on = sealedOn.get(e.position());
            if (on.isBefore(day) && !uncovered.contains(on)) {
                days.add(sealedOn.get(e.position()));
                sealed.remove(e);
                dropped++;
            }
        }
        return days.size();
    }

    @Override
    public void saveCheckpoint(Checkpoint checkpoint) {
        if (checkpoints.stream().noneMatch(c -> c.position() == checkpoint.position())) {
            checkpoints.add(checkpoint);
        }
    }

    @Override
    public Optional<Checkpoint> latestCheckpoint() {
        return checkpoints.stream().max(java.util.Comparator.comparingLong(Checkpoint::position));
    }

    @Override
    public List<AuditEvent> search(Criteria criteria) {
        List<AuditEvent> newestFirst = new java.util.ArrayList<>(events);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().filter(criteria::matches).limit(criteria.limit()).toList();
    }

    @Override
    public List<SealedEvent> chain(long after, int limit) {
        return sealed.stream().filter(e -> e.position() > after).limit(limit).toList();
    }

    @Override
    public long unsealed() {
        return events.size() - sealed.size() - dropped;
    }

    @Override
    public long positionBefore(Instant at) {
        return sealed.stream().filter(e -> !e.event().at().isBefore(at))
                .min(java.util.Comparator.comparing((SealedEvent e) -> e.event().at())
                        .thenComparing(SealedEvent::position))
                .map(e -> e.position() - 1).orElse(sealed.size() + dropped);
    }
}
