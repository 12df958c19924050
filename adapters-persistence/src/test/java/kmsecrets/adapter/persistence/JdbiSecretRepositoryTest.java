package kmsecrets.adapter.persistence;

import kmsecrets.application.port.out.DatabaseInstanceRepository;
import kmsecrets.application.port.out.RotationLedger;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.VersionId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.SecretRepositoryContract;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyState;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.type.GenericSecretType;
import kmsecrets.domain.secret.type.RdsSecretType;
import kmsecrets.domain.secret.SecretTypes;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapter passes the repository contract, and its constraints hold on their own. */
class JdbiSecretRepositoryTest extends SecretRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private JdbiSession session;
    private JdbiSecretRepository repository;
    private String keyId;

    @BeforeEach
    void emptyStore() {
        DB.database().jdbi().useHandle(h -> h.execute("truncate secrets, account_secret_counts cascade"));
        session = new JdbiSession(DB.database().jdbi());
        repository = new JdbiSecretRepository(session,
                kmsecrets.domain.secret.type.EveryType.registry());
        keyId = new JdbiKeyRepository(session).defaultKey(ACCOUNT,
                () -> new CustomerKey("key-contract0000000000000", ACCOUNT, KeyState.ENABLED, true, new byte[] {9},
                        Instant.EPOCH)).keyId();
    }

    @Override
    protected SecretRepository repository() {
        return repository;
    }

    @Override
    protected String keyId() {
        return keyId;
    }

    @Test
    void theCountFollowsInsertsDeletesAndPurges() {
        for (int i = 0; i < 20; i++) {
            repository.insert(generic(ACCOUNT, "counted-" + i), Long.MAX_VALUE);
        }
        repository.delete(ACCOUNT, new SecretName("counted-3"));
        assertThat(repository.count(ACCOUNT)).isEqualTo(19);
        int counted = DB.database().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from secrets where account_id = :a").bind("a", ACCOUNT.value()).mapTo(Integer.class).one());
        assertThat(repository.count(ACCOUNT)).isEqualTo(counted);
    }

    @Test
    void theCountFollowsStatementsThatInsertAndDeleteManySecretsAtOnce() {
        repository.insert(generic(ACCOUNT, "one-by-one"), Long.MAX_VALUE);
        // a bulk load and a purge: one statement each, many rows, every stripe touched
        DB.database().jdbi().useHandle(h -> {
            h.createUpdate("insert into secrets (account_id, name, secret_type, description, encryption_key_id, "
                    + "automatic_rotation, created_at, updated_at) select :a, 'bulk-' || i, 'Generic', '', :key, "
                    + "'Disabled', now(), now() from generate_series(1, 500) i")
                    .bind("a", ACCOUNT.value()).bind("key", keyId).execute();
            h.createUpdate("delete from secrets where account_id = :a and name like 'bulk-1%'")
                    .bind("a", ACCOUNT.value()).execute();
        });
        int counted = DB.database().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from secrets where account_id = :a").bind("a", ACCOUNT.value()).mapTo(Integer.class).one());
        assertThat(counted).as("500 inserted, 111 of them deleted, and one").isEqualTo(390);
        assertThat(repository.count(ACCOUNT)).isEqualTo(counted);
    }

    @Test
    void nameFiltersHaveATrigramIndexWherePgTrgmIsAvailable() {
        boolean available = DB.database().jdbi().withHandle(h -> h.createQuery(
                "select exists (select 1 from pg_available_extensions where name = 'pg_trgm')").mapTo(Boolean.class)
                .one());
        boolean indexed = DB.database().jdbi().withHandle(h -> h.createQuery(
                "select exists (select 1 from pg_indexes where indexname = 'secrets_name_trigrams')")
                .mapTo(Boolean.class).one());
        assertThat(indexed).isEqualTo(available);
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        assertThatThrownBy(() -> session.inTransaction(() -> {
            repository.insert(generic(ACCOUNT, "half-written"), Long.MAX_VALUE);
            throw new IllegalStateException("crash after the insert");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(repository.find(ACCOUNT, new SecretName("half-written"))).isEmpty();
        int versions = DB.database().jdbi().withHandle(h -> h.createQuery("select count(*) from secret_versions")
                .mapTo(Integer.class).one());
        assertThat(versions).isZero();
    }

    /**
     * The race that lost acknowledged versions: a writer that waited for the row lock must load what the holder
     * committed meanwhile. The second writer is known to be waiting when PostgreSQL shows it waiting for a lock; no timing is assumed.
     */
    @Test
    void aWriterThatWaitedForTheLockSeesWhatTheHolderCommitted() throws Exception {
        repository.insert(generic(ACCOUNT, "contended"), Long.MAX_VALUE);
        java.util.concurrent.CountDownLatch holderLoaded = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        var executor = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var holder = executor.submit(() -> session.inTransaction(() -> {
                Secret secret = repository.findForUpdate(ACCOUNT, new SecretName("contended")).orElseThrow();
                holderLoaded.countDown();
                await(release);
                secret.putVersion(sealedVersion("first", NOW.plusSeconds(1)), java.util.Set.of(), NOW.plusSeconds(1));
                secret.tag(List.of(new kmsecrets.domain.secret.Tag("by", "first")), NOW.plusSeconds(1));
                repository.update(secret);
                return null;
            }));
            await(holderLoaded);
            var waiter = executor.submit(() -> session.inTransaction(() -> {
                Secret secret = repository.findForUpdate(ACCOUNT, new SecretName("contended")).orElseThrow();
                secret.putVersion(sealedVersion("second", NOW.plusSeconds(2)), java.util.Set.of(), NOW.plusSeconds(2));
                repository.update(secret);
                return null;
            }));
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (DB.database().jdbi().withHandle(h -> h.createQuery("select count(*) from pg_stat_activity "
                    + "where datname = current_database() and wait_event_type = 'Lock'").mapTo(Integer.class).one()) == 0) {
                assertThat(System.nanoTime()).as("the second writer never waited for the lock").isLessThan(deadline);
                Thread.onSpinWait();
            }
            release.countDown();
            holder.get(60, java.util.concurrent.TimeUnit.SECONDS);
            waiter.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
        Secret read = repository.find(ACCOUNT, new SecretName("contended")).orElseThrow();
        assertThat(read.versions()).extracting(v -> v.id().value()).containsExactly("v1", "first", "second");
        assertThat(read.stages()).containsEntry(kmsecrets.domain.secret.StageLabel.CURRENT, new VersionId("second"))
                .containsEntry(kmsecrets.domain.secret.StageLabel.PREVIOUS, new VersionId("first"));
        assertThat(read.metadata().tags()).extracting(kmsecrets.domain.secret.Tag::key).contains("by");
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertThat(latch.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDatabaseRefusesALabelOnAMissingVersion() {
        repository.insert(generic(ACCOUNT, "labelled"), Long.MAX_VALUE);
        assertThatThrownBy(() -> DB.database().jdbi().useHandle(h -> h.execute(
                "insert into secret_stages (secret_id, stage, version_id) select secret_id, 'ACSPrevious', 'nope' "
                        + "from secrets where name = 'labelled'")))
                .isInstanceOf(UnableToExecuteStatementException.class);
    }

    @Test
    void theDatabaseRefusesTwoVersionsUnderOneLabel() {
        repository.insert(rds("dual"), Long.MAX_VALUE);
        assertThatThrownBy(() -> DB.database().jdbi().useHandle(h -> h.execute(
                "update secret_stages set stage = 'ACSCurrent' where stage = 'ACSPrevious'")))
                .isInstanceOf(UnableToExecuteStatementException.class);
    }

    @Test
    void readsSeeNoPlaintextColumns() {
        repository.insert(generic(ACCOUNT, "columns"), Long.MAX_VALUE);
        List<String> columns = DB.database().jdbi().withHandle(h -> h.createQuery(
                "select column_name from information_schema.columns where table_name = 'secret_versions'")
                .mapTo(String.class).list());
        assertThat(columns).containsExactlyInAnyOrder("secret_id", "version_id", "data_type", "key_id", "key_version_id",
                "sealed_value", "created_at");
        assertThat(repository.find(ACCOUNT, new SecretName("columns")).map(s -> s.versions().size()))
                .isEqualTo(Optional.of(1));
    }

    @Test
    void dueSecretsAndIntentsAreHandedToOneNodeAtATime() {
        repository.insert(rds("db/app"), Long.MAX_VALUE);
        SecretName name = new SecretName("db/app");
        JdbiRotationLedger ledger = new JdbiRotationLedger(session);
        java.time.Instant due = NOW.plus(java.time.Duration.ofDays(7));
        assertThat(ledger.due(due.minusSeconds(1), 10)).isEmpty();
        assertThat(ledger.due(due, 10)).extracting(RotationLedger.SecretRef::name).containsExactly(name);
        SealedValue sealed = new SealedValue(keyId, kmsecrets.domain.key.KeyVersion.initialId(keyId), new byte[] {7});
        ledger.begin(new RotationLedger.Intent(ACCOUNT, name, new VersionId("r1"), sealed, true, due,
                due.plusSeconds(60)));
        assertThat(ledger.due(due, 10)).as("a secret with an intent is not due again").isEmpty();
        assertThat(ledger.find(ACCOUNT, name)).hasValueSatisfying(i -> {
            assertThat(i.versionId()).isEqualTo(new VersionId("r1"));
            assertThat(i.sealed()).isEqualTo(sealed);
            assertThat(i.automatic()).isTrue();
        });
        assertThat(ledger.claimExpired(due.plusSeconds(59), due.plusSeconds(400), 10)).isEmpty();
        // two nodes look for expired intents at once: the one holding the row wins, the other skips it
        List<RotationLedger.Intent> first = session.inTransaction(() -> {
            List<RotationLedger.Intent> claimed = ledger.claimExpired(due.plusSeconds(60), due.plusSeconds(400), 10);
            JdbiRotationLedger otherNode = new JdbiRotationLedger(new JdbiSession(DB.database().jdbi()));
            assertThat(otherNode.claimExpired(due.plusSeconds(60), due.plusSeconds(400), 10)).isEmpty();
            return claimed;
        });
        assertThat(first).singleElement().satisfies(i -> assertThat(i.leaseUntil()).isEqualTo(due.plusSeconds(400)));
        assertThat(ledger.claimExpired(due.plusSeconds(61), due.plusSeconds(500), 10)).as("lease extended").isEmpty();
        ledger.end(ACCOUNT, name);
        assertThat(ledger.find(ACCOUNT, name)).isEmpty();
    }

    @Test
    void failuresPersistAndRotateSecretCallsAreCountedPerAccountAndHour() {
        repository.insert(rds("db/app"), Long.MAX_VALUE);
        Secret secret = repository.findForUpdate(ACCOUNT, new SecretName("db/app")).orElseThrow();
        secret.rotationFailed(NOW, java.time.Duration.ofMinutes(1), 1);
        repository.update(secret);
        assertThat(repository.find(ACCOUNT, new SecretName("db/app")).orElseThrow().rotation())
                .satisfies(r -> {
                    assertThat(r.failures()).isEqualTo(1);
                    assertThat(r.state()).isEqualTo(kmsecrets.domain.rotation.AutomaticRotation.INVALID);
                });
        JdbiRotationLedger ledger = new JdbiRotationLedger(session);
        for (int i = 0; i < 3; i++) {
            assertThat(session.inTransaction(() -> ledger.countCall(ACCOUNT, NOW, 3))).isTrue();
        }
        assertThat(session.inTransaction(() -> ledger.countCall(ACCOUNT, NOW.plusSeconds(10), 3))).isFalse();
        assertThat(session.inTransaction(() -> ledger.countCall(OTHER_ACCOUNT, NOW, 3))).isTrue();
        assertThat(session.inTransaction(() -> ledger.countCall(ACCOUNT, NOW.plusSeconds(3600), 3))).isTrue();
    }

    @Test
    void registeredInstancesKeepTheirPolicyAndOnlyTheWrappedPassword() {
        JdbiDatabaseInstanceRepository instances = new JdbiDatabaseInstanceRepository(session);
        DatabaseInstance instance = new DatabaseInstance("pg-1", "postgresql", "db.internal", 5432,
                Optional.of("app"), "admin", DatabaseInstance.policy(40, "xyz"), NOW);
        assertThat(instances.insert(new DatabaseInstanceRepository.Registered(instance, new byte[] {5, 6}))).isTrue();
        assertThat(instances.insert(new DatabaseInstanceRepository.Registered(instance, new byte[] {7}))).isFalse();
        DatabaseInstanceRepository.Registered read = instances.find("pg-1").orElseThrow();
        assertThat(read.instance()).isEqualTo(instance);
        assertThat(read.wrappedAdminPassword()).containsExactly(5, 6);
        assertThat(instances.list()).hasSize(1);
        assertThat(instances.delete("pg-1")).isTrue();
        assertThat(instances.find("pg-1")).isEmpty();
    }
}
