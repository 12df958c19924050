package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import kmsecrets.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLog} must do for appending, searching and reading the sealed chain; sealing under
 * concurrency is the real adapter's own test.
 */
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

    @Test
    void sealedEventsAreReadInChainOrderWithTheirLinksAndFoundByTime() {
        for (int second = 1; second <= 3; second++) {
            log().append(event(second, "GetSecretValue", "alice"));
        }
        while (log().seal(2) > 0) {
            // seal everything
        }
        assertThat(log().unsealed()).isZero();
        java.util.List<AuditLog.SealedEvent> chain = log().chain(0, 10);
        assertThat(chain).extracting(AuditLog.SealedEvent::position).containsExactly(1L, 2L, 3L);
        byte[] link = kmsecrets.domain.audit.AuditChain.GENESIS;
        for (AuditLog.SealedEvent sealed : chain) {
            link = kmsecrets.domain.audit.AuditChain.link(link, sealed.event());
            assertThat(sealed.link()).isEqualTo(link);
        }
        assertThat(log().chain(2, 10)).extracting(AuditLog.SealedEvent::position).containsExactly(3L);
        assertThat(log().positionBefore(NOW)).isZero();
        assertThat(log().positionBefore(NOW.plusSeconds(2))).isEqualTo(1);
        assertThat(log().positionBefore(NOW.plusSeconds(60))).isEqualTo(3);
    }
}
