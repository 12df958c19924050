package kmsecrets.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kmsecrets.domain.audit.AuditEvent;
import kmsecrets.application.port.out.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nonce claims and audit appends of concurrent requests share statements and commits: a nonce is still claimed by
 * exactly one request across nodes, and every acknowledged append is stored exactly once.
 */
class GroupCommitTest {
    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static final Instant LATER = Instant.parse("2099-01-01T00:00:00Z");

    @Test
    void eachNonceIsClaimedByExactlyOneRequestAcrossTwoNodes() throws Exception {
        // two nodes: two stores, two writer threads, one table
        List<JdbiNonceStore> nodes = List.of(new JdbiNonceStore(new JdbiSession(DB.database().jdbi())),
                new JdbiNonceStore(new JdbiSession(DB.database().jdbi())));
        int nonces = 300;
        int threads = 16;
        ConcurrentHashMap<String, AtomicInteger> winners = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                JdbiNonceStore node = nodes.get(t % 2);
                runs.add(pool.submit((Callable<Void>) () -> {
                    for (int n = 0; n < nonces; n++) {
                        if (node.claim("LTAIgroup", "nonce-" + n, LATER)) {
                            winners.computeIfAbsent("nonce-" + n, k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(winners).hasSize(nonces);
        assertThat(winners.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(nodes.get(0).claim("LTAIgroup", "nonce-0", LATER)).as("still taken").isFalse();
        assertThat(nodes.get(1).claim("LTAIother", "nonce-0", LATER)).as("per access key").isTrue();
    }

    @Test
    void everyAcknowledgedAppendIsStoredOnce() throws Exception {
        DB.database().jdbi().useHandle(h -> h.execute("truncate audit_events"));
        JdbiSession session = new JdbiSession(DB.database().jdbi());
        JdbiAuditLog log = new JdbiAuditLog(session, DB.database().jdbi(), java.time.Clock.systemUTC());
        int threads = 12;
        int each = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                runs.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < each; i++) {
                        log.append(new AuditEvent(Instant.now(), "req-" + thread + "-" + i, "GetSecretValue",
                                "acs:kms:x", AuditEvent.SUCCESS, "LTAIx", "root", "127.0.0.1", "ua"));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long stored = DB.database().jdbi().withHandle(h -> h.createQuery(
                "select count(distinct request_id) from audit_events").mapTo(Long.class).one());
        long rows = DB.database().jdbi().withHandle(h -> h.createQuery("select count(*) from audit_events")
                .mapTo(Long.class).one());
        assertThat(stored).isEqualTo((long) threads * each);
        assertThat(rows).isEqualTo(stored);
        assertThat(log.search(new AuditLog.Criteria(Optional.empty(), Optional.empty(), Optional.of("GetSecretValue"),
                Optional.empty(), Optional.empty(), 5))).hasSize(5);
        while (log.seal(1_000) > 0) {
            // everything appended can be chained
        }
        assertThat(log.unsealed()).isZero();
    }

    @Test
    void anAppendInsideATransactionStillCommitsWithIt() {
        DB.database().jdbi().useHandle(h -> h.execute("truncate audit_events"));
        JdbiSession session = new JdbiSession(DB.database().jdbi());
        JdbiAuditLog log = new JdbiAuditLog(session, DB.database().jdbi(), java.time.Clock.systemUTC());
        AuditEvent event = new AuditEvent(Instant.now(), "req-rolled-back", "CreateSecret", "acs:kms:x",
                AuditEvent.SUCCESS, "LTAIx", "root", "127.0.0.1", "ua");
        try {
            session.inTransaction(() -> {
                log.append(event);
                throw new IllegalStateException("the change fails after its event was written");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        assertThat(log.search(AuditLog.Criteria.newest(10))).isEmpty();
    }
}
