package kmsecrets.application.port.in;

import java.util.List;
import kmsecrets.domain.audit.AuditEvent;

/**
 * A page of the export: the events, the cursor to continue from (the last chain position read, which may be past
 * the last event returned), whether it reached the chain's sealed end (more may be sealed later), and whether the
 * export is complete: with an {@code until}, no later event can fall before it.
 */
public record AuditExportPage(List<ChainedEvent> events, long cursor, boolean atEnd, boolean complete) {
    /** An event with its chain position and its link (SHA-256 of the previous link and the event). */
    public record ChainedEvent(long position, AuditEvent event, byte[] link) {
    }
}
