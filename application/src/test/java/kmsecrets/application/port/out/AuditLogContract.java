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

    /** The log under test, empty, sealing on the days of {@link #clock()}. */
    protected abstract AuditLog log();

    /** The clock the log under test seals by; starts at {@link #NOW}. */
    protected final kmsecrets.application.service.MutableClock clock = new kmsecrets.application.service.MutableClock(NOW);

    private static AuditEvent event(int second, String action, String principal) {
        return new AuditEvent(NOW.plusSeconds(second), "req-" + second, action, "acs:kms:x", AuditEvent.SUCCESS,
                "LTAIx", principal, "127.0.0.1", "ua");
    }

    private static AuditLog.Criteria by(Optional<Instant> since, Optional<Instant> until, Optional<String> action,
                                        Optional<String> principal, Optional<String> result) {
        return new AuditLog.Criteria(since, until, action, principal, result, 10);
    }

    @Test
    void searchFindsNewestFirstAndFiltersByActionUserAndTime() {
        log().append(event(1, "GetSecretValue", "alice"));
        log().append(event(2, "CreateSecret", "bob"));
        log().append(event(3, "GetSecretValue", "bob"));
        assertThat(log().search(by(Optional.empty(), Optional.empty(), Optional.of("GetSecretValue"),
                Optional.empty(), Optional.empty())))
                .extracting(AuditEvent::requestId).containsExactly("req-3", "req-1");
        assertThat(log().search(by(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("bob"),
                Optional.empty())))
                .extracting(AuditEvent::requestId).containsExactly("req-3", "req-2");
        assertThat(log().search(by(Optional.of(NOW.plusSeconds(2)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty())))
                .extracting(AuditEvent::requestId).containsExactly("req-3", "req-2");
        assertThat(log().search(by(Optional.empty(), Optional.of(NOW.plusSeconds(3)), Optional.empty(),
                Optional.empty(), Optional.empty())))
                .as("until is exclusive").extracting(AuditEvent::requestId).containsExactly("req-2", "req-1");
        assertThat(log().search(AuditLog.Criteria.newest(1))).hasSize(1);
    }

    @Test
    void searchFiltersByResultAndFailureMeansAnythingButSuccess() {
        log().append(event(1, "GetSecretValue", "alice"));
        log().append(event(2, "GetSecretValue", "alice").withResult("Forbidden.NoPermission"));
        log().append(event(3, "DeleteSecret", "alice").withResult("Forbidden.ResourceNotFound"));
        assertThat(log().search(by(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(AuditLog.Criteria.FAILURE))))
                .extracting(AuditEvent::requestId).containsExactly("req-3", "req-2");
        assertThat(log().search(by(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(AuditEvent.SUCCESS))))
                .extracting(AuditEvent::requestId).containsExactly("req-1");
        assertThat(log().search(by(Optional.empty(), Optional.empty(), Optional.of("GetSecretValue"),
                Optional.of("alice"), Optional.of("Forbidden.NoPermission"))))
                .extracting(AuditEvent::requestId).containsExactly("req-2");
    }

    @Test
    void anAppendedEventReadsBackFieldByField() {
        AuditEvent event = event(5, "DeleteSecret", "carol");
        log().append(event);
        assertThat(log().search(AuditLog.Criteria.newest(10))).containsExactly(event);
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

    @Test
    void wholeDaysSealedBeforeACutAreDroppedAndTheRestOfTheChainRemains() {
        // days after today's: a store may keep what it held before partitioning under today's date
        java.time.Duration toTomorrow = java.time.Duration.between(clock.instant(), java.time.Instant.now())
                .plusDays(1);
        if (!toTomorrow.isNegative()) {
            clock.advance(toTomorrow);
        }
        java.time.LocalDate first = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        for (int day = 0; day < 3; day++) {
            log().append(event(day * 10 + 1, "GetSecretValue", "alice"));
            log().append(event(day * 10 + 2, "GetSecretValue", "alice"));
            while (log().seal(10) > 0) {
                // seal today's
            }
            clock.advance(java.time.Duration.ofDays(1));
        }
        java.time.LocalDate third = first.plusDays(2);
        assertThat(log().lastSealedBefore(third)).hasValueSatisfying(e -> assertThat(e.position()).isEqualTo(4));
        assertThat(log().latestCheckpoint()).isEmpty();
        AuditLog.Checkpoint cut = new AuditLog.Checkpoint(4, log().chain(3, 1).get(0).link(), third, NOW,
                new byte[] {9});
        log().saveCheckpoint(cut);
        log().dropSealedBefore(third, 0);   // no checkpoint covers the first two days: (empty stores may go)
        assertThat(log().chain(0, 10)).as("no event the checkpoint does not cover").hasSize(6);
        log().dropSealedBefore(third, 3);
        assertThat(log().chain(0, 10)).as("the second day holds event 4, past position 3").hasSize(4);
        assertThat(log().dropSealedBefore(third, 4)).as("stores of days dropped").isPositive();
        assertThat(log().dropSealedBefore(third, 4)).isZero();
        assertThat(log().chain(0, 10)).extracting(AuditLog.SealedEvent::position).containsExactly(5L, 6L);
        assertThat(log().lastSealedBefore(third)).isEmpty();
        assertThat(log().latestCheckpoint()).hasValueSatisfying(c -> {
            assertThat(c.position()).isEqualTo(4);
            assertThat(c.link()).isEqualTo(cut.link());
            assertThat(c.cutBefore()).isEqualTo(third);
            assertThat(c.seal()).containsExactly(9);
        });
        log().append(event(40, "GetSecretValue", "bob"));
        log().seal(10);
        assertThat(log().chain(6, 10)).extracting(AuditLog.SealedEvent::position).containsExactly(7L);
    }
}
