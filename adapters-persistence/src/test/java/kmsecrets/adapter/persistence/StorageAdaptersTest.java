package kmsecrets.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kmsecrets.application.port.out.AccessKeyRepository.StoredAccessKey;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Keys, access keys, nonces and deployment settings on the real PostgreSQL. */
class StorageAdaptersTest {
    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private static final AccountId ACCOUNT = new AccountId("1111222233334444");

    @Test
    void concurrentFirstUsesAgreeOnOneDefaultKey() throws Exception {
        JdbiKeyRepository keys = new JdbiKeyRepository(new JdbiSession(DB.database().jdbi()));
        AtomicInteger created = new AtomicInteger();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 8; i++) {
            pool.submit(() -> {
                go.await();
                seen.add(keys.defaultKey(ACCOUNT, () -> new CustomerKey("key-race" + created.incrementAndGet()
                        + "00000000000000", ACCOUNT, KeyState.ENABLED, true, new byte[] {1}, Instant.EPOCH)).keyId());
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).hasSize(1);
        assertThat(keys.find(ACCOUNT, seen.iterator().next())).isPresent();
        assertThat(keys.find(new AccountId("9999999999999999"), seen.iterator().next())).isEmpty();
    }

    @Test
    void accessKeysStoreOnlyWrappedSecretsAndUpdateInPlace() {
        JdbiAccessKeyRepository keys = new JdbiAccessKeyRepository(new JdbiSession(DB.database().jdbi()));
        keys.save(new StoredAccessKey("LTAItest", ACCOUNT, "root", true, true, new byte[] {1, 2}));
        keys.save(new StoredAccessKey("LTAItest", ACCOUNT, "root", true, true, new byte[] {3, 4}));
        StoredAccessKey read = keys.find("LTAItest").orElseThrow();
        assertThat(read.wrappedSecret()).containsExactly(3, 4);
        assertThat(read.root()).isTrue();
        assertThat(keys.findRoot(ACCOUNT)).map(StoredAccessKey::accessKeyId).contains("LTAItest");
        assertThat(keys.find("LTAIother")).isEmpty();
    }

    @Test
    void aNonceIsClaimedOnceUntilReleasedOrExpired() {
        JdbiNonceStore nonces = new JdbiNonceStore(new JdbiSession(DB.database().jdbi()));
        Instant until = Instant.parse("2026-11-28T10:30:00Z");
        assertThat(nonces.claim("LTAIa", "n1", until)).isTrue();
        assertThat(nonces.claim("LTAIa", "n1", until)).isFalse();
        assertThat(nonces.claim("LTAIb", "n1", until)).as("nonces are per access key").isTrue();
        nonces.release("LTAIa", "n1");
        assertThat(nonces.claim("LTAIa", "n1", until)).isTrue();
        assertThat(nonces.purgeExpired(until.minusSeconds(1))).isZero();
        assertThat(nonces.purgeExpired(until.plusSeconds(1))).isEqualTo(2);
        assertThat(nonces.claim("LTAIa", "n1", until)).isTrue();
    }

    @Test
    void deploymentSettingsAreGeneratedOnce() {
        DeploymentSettings settings = new DeploymentSettings(DB.database().jdbi());
        String first = settings.getOrCreate("account_id", () -> "1234123412341234");
        assertThat(settings.getOrCreate("account_id", () -> "9999999999999999")).isEqualTo(first);
    }

    @Test
    void aMissingDatabaseIsCreatedAndMigrated() throws Exception {
        long files;
        try (var listed = java.nio.file.Files.list(java.nio.file.Path.of(
                PostgresDatabase.class.getResource("/db/migration").toURI()))) {
            files = listed.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        }
        String url = DB.url() + "_extra";
        try (PostgresDatabase created = PostgresDatabase.open(url, TestPostgres.server().user(),
                TestPostgres.server().password(), 2)) {
            int migrations = created.jdbi().withHandle(h -> h.createQuery(
                    "select count(*) from flyway_schema_history where success").mapTo(Integer.class).one());
            assertThat(migrations).as("every migration applied").isEqualTo(files).isGreaterThanOrEqualTo(17);
        } finally {
            PostgresDatabase.drop(url, TestPostgres.server().user(), TestPostgres.server().password());
        }
    }
}
