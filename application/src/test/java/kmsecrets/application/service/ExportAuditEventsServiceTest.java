package kmsecrets.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import kmsecrets.application.port.in.AuditExportPage;
import kmsecrets.application.port.in.ExportAuditEventsQuery;
import kmsecrets.application.port.out.RecordingAuditLog;
import kmsecrets.domain.audit.AuditEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The export reads the sealed chain in order, by cursor or by time, and says when it is complete. */
class ExportAuditEventsServiceTest {
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private final RecordingAuditLog log = new RecordingAuditLog();
    private final ExportAuditEventsService export = new ExportAuditEventsService(log);

    @BeforeEach
    void oneEventAnHourForTenHours() {
        for (int hour = 0; hour < 10; hour++) {
            log.append(new AuditEvent(T0.plusSeconds(3600L * hour), "req-" + hour, "GetSecretValue", "r",
                    AuditEvent.SUCCESS, "LTAI", "alice", "127.0.0.1", "ua"));
        }
        log.seal(100);
    }

    @Test
    void pagesResumeFromTheirCursorUntilTheSealedEnd() {
        AuditExportPage first = export.export(new ExportAuditEventsQuery(0, Optional.empty(), Optional.empty(), 4));
        assertThat(first.events()).extracting(e -> e.event().requestId()).containsExactly("req-0", "req-1", "req-2",
                "req-3");
        assertThat(first.atEnd()).isFalse();
        AuditExportPage rest = export.export(new ExportAuditEventsQuery(first.cursor(), Optional.empty(),
                Optional.empty(), 100));
        assertThat(rest.events()).hasSize(6);
        assertThat(rest.events().get(0).position()).isEqualTo(5);
        assertThat(rest.complete()).isFalse();
        AuditExportPage none = export.export(new ExportAuditEventsQuery(rest.cursor(), Optional.empty(),
                Optional.empty(), 100));
        assertThat(none.events()).isEmpty();
        assertThat(none.atEnd()).isTrue();
        assertThat(none.cursor()).isEqualTo(10);
    }

    @Test
    void aTimeWindowKeepsItsEventsAndEndsOnceNoLaterEventCanFallInIt() {
        AuditExportPage window = export.export(new ExportAuditEventsQuery(0, Optional.of(T0.plusSeconds(3 * 3600)),
                Optional.of(T0.plusSeconds(6 * 3600)), 100));
        assertThat(window.events()).extracting(e -> e.event().requestId()).containsExactly("req-3", "req-4", "req-5");
        assertThat(window.complete()).isTrue();
        assertThat(window.cursor()).as("stopped at the first event past the margin (7:00)").isEqualTo(8);
    }
}
