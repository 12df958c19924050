package kmsecrets.application.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kmsecrets.application.port.in.AuditExportPage;
import kmsecrets.application.port.in.AuditExportPage.ChainedEvent;
import kmsecrets.application.port.in.ExportAuditEventsQuery;
import kmsecrets.application.port.in.ExportAuditEventsUseCase;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.application.port.out.AuditLog.SealedEvent;

/**
 * Reads the chain in order from the cursor. The chain is sealed in commit order, which follows the events' times
 * within a request's duration: a start by time begins a margin earlier and filters, and an end by time waits for a
 * margin past it.
 */
public final class ExportAuditEventsService implements ExportAuditEventsUseCase {
    /** Longer than any request: an event is sealed at most this long out of time order. */
    static final Duration MARGIN = Duration.ofMinutes(2);
    private static final int PAGE = 1_000;

    private final AuditLog log;

    public ExportAuditEventsService(AuditLog log) {
        this.log = log;
    }

    @Override
    public AuditExportPage export(ExportAuditEventsQuery query) {
        long cursor = query.after();
        if (cursor == 0 && query.since().isPresent()) {
            cursor = log.positionBefore(query.since().get().minus(MARGIN));
        }
        List<ChainedEvent> events = new ArrayList<>();
        while (events.size() < query.limit()) {
            List<SealedEvent> page = log.chain(cursor, Math.min(PAGE, query.limit() - events.size()));
            for (SealedEvent sealed : page) {
                cursor = sealed.position();
                boolean afterSince = query.since().map(s -> !sealed.event().at().isBefore(s)).orElse(true);
                boolean beforeUntil = query.until().map(u -> sealed.event().at().isBefore(u)).orElse(true);
                if (afterSince && beforeUntil) {
                    events.add(new ChainedEvent(sealed.position(), sealed.event(), sealed.link()));
                } else if (query.until().isPresent() && !sealed.event().at().isBefore(query.until().get()
                        .plus(MARGIN))) {
                    return new AuditExportPage(List.copyOf(events), cursor, false, true);
                }
            }
            if (page.isEmpty()) {
                return new AuditExportPage(List.copyOf(events), cursor, true, false);
            }
        }
        return new AuditExportPage(List.copyOf(events), cursor, false, false);
    }
}
