package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import kmsecrets.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} must do for appending and searching; sealing is the real adapter's own test. */
public abstract class AuditLogContract {
    protected static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    /** The log under test, empty. */
    protected abstract AuditLog log();

    private static AuditEvent event(int second, String action, String principal) {
        return new AuditEvent(NOW.plusSeconds(second), "req-" + second, action, "acs:kms:x", AuditEvent.SUCCESS,
                "LTAIx", principal, "127.0.0.1", "ua");
    }

    @Test
    void searchFindsNewestFirstAndFiltersByActionUserAndTime() {
        log().append(event(1, "GetSecretValue", "alice"));
        log().append(event(2, "CreateSecret", "bob"));
        log().append(event(3, "GetSecretValue", "bob"));
        assertThat(log().search(Optional.empty(), Optional.of("GetSecretValue"), Optional.empty(), 10))
                .extracting(AuditEvent::requestId).containsExactly("req-3", "req-1");
        assertThat(log().search(Optional.empty(), Optional.empty(), Optional.of("bob"), 10))
                .extracting(AuditEvent::requestId).containsExactly("req-3", "req-2");
        assertThat(log().search(Optional.of(NOW.plusSeconds(2)), Optional.empty(), Optional.empty(), 10))
                .extracting(AuditEvent::requestId).containsExactly("req-3", "req-2");
        assertThat(log().search(Optional.empty(), Optional.empty(), Optional.empty(), 1)).hasSize(1);
    }

    @Test
    void anAppendedEventReadsBackFieldByField() {
        AuditEvent event = event(5, "DeleteSecret", "carol");
        log().append(event);
        assertThat(log().search(Optional.empty(), Optional.empty(), Optional.empty(), 10)).containsExactly(event);
    }
}
