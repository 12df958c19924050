package kmsecrets.bootstrap;

import kmsecrets.testing.TestRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kmsecrets.adapter.crypto.MasterKey;
import kmsecrets.adapter.crypto.MasterKeyFile;
import kmsecrets.adapter.crypto.MasterKeyWrapping;
import kmsecrets.adapter.database.ScramPostgres;
import kmsecrets.adapter.persistence.JdbiDatabaseInstanceRepository;
import kmsecrets.adapter.persistence.JdbiSession;
import kmsecrets.adapter.persistence.PostgresDatabase;
import kmsecrets.adapter.persistence.TestPostgres;
import kmsecrets.application.port.in.CreateSecretCommand;
import kmsecrets.application.port.in.RegisterDatabaseInstanceCommand;
import kmsecrets.application.port.in.BatchCommand;
import kmsecrets.application.port.in.GetSecretValueQuery;
import kmsecrets.application.port.in.SecretQuery;
import kmsecrets.application.service.RegisterDatabaseInstanceService;
import kmsecrets.bootstrap.wiring.Config;
import kmsecrets.bootstrap.wiring.SecretTypeCatalog;
import kmsecrets.bootstrap.wiring.Wiring;
import kmsecrets.application.service.MutableClock;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.rotation.RotationInterval;
import kmsecrets.domain.rotation.RotationPolicy;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.VersionId;
import kmsecrets.domain.secret.ExtendedConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Automatic rotation with an injected clock: two service nodes (each its own wiring and connection pool) on one
 * database, against a PostgreSQL that checks passwords. The clock is moved by hand, so "six hours later" takes no
 * time; everything else is real.
 */
class AutomaticRotationSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AccountId ACCOUNT = new AccountId("1234567812345678");
    private static final Caller ROOT = new Caller(ACCOUNT, "root", "test", true);
    private static final ScramPostgres PG = ScramPostgres.shared();
    private static final String ADMIN = "kms_auto_admin_" + System.nanoTime();
    private static final String ADMIN_PASSWORD = "Admin-" + UUID.randomUUID();
    private static final String DATABASE = TestRun.databaseName("kms_st_auto");
    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    private static PostgresDatabase databaseA;
    private static PostgresDatabase databaseB;
    private static Wiring nodeA;
    private static Wiring nodeB;
    private static Path dataDir;

    @BeforeAll
    static void twoNodes() throws Exception {
        PG.createRole(ADMIN, ADMIN_PASSWORD, true);
        dataDir = TestRun.temporaryFolder("auto");
        SecureRandom random = new SecureRandom();
        MasterKey masterKey = MasterKeyFile.loadOrCreate(dataDir.resolve("master.key"), random);
        String url = TestPostgres.server().url(DATABASE);
        Config config = Config.fromEnvironment(Map.of("KMS_DB_URL", url, "KMS_ROTATION_RETRY_SECONDS", "60",
                "KMS_ROTATION_MAX_FAILURES", "3", "KMS_DATA_DIR", dataDir.toString()));
        TestPostgres server = TestPostgres.server();
        databaseA = PostgresDatabase.open(url, server.user(), server.password(), 4);
        databaseB = PostgresDatabase.open(url, server.user(), server.password(), 4);
        nodeA = new Wiring(config, databaseA, masterKey, random, CLOCK);
        nodeB = new Wiring(config, databaseB, masterKey, random, CLOCK);
        MasterKeyWrapping wrapping = new MasterKeyWrapping(masterKey);
        JdbiSession session = new JdbiSession(databaseA.jdbi());
        JdbiDatabaseInstanceRepository registry = new JdbiDatabaseInstanceRepository(session);
        new RegisterDatabaseInstanceService(registry, SecretTypeCatalog.targets(session, wrapping, random, CLOCK), wrapping,
                session, CLOCK).register(new RegisterDatabaseInstanceCommand("pg-auto", "postgresql", "127.0.0.1",
                        PG.port, Optional.empty(), ADMIN, SecretValue.ofText(ADMIN_PASSWORD), 32,
                        "\"'\\`$;&|<>(){}[]/,", false));
    }

    @AfterAll
    static void stop() throws Exception {
        databaseA.close();
        databaseB.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        TestPostgres server = TestPostgres.server();
        try (Connection c = DriverManager.getConnection(server.url("postgres"), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    private static String account(String password) {
        String name = "kms_auto_" + System.nanoTime();
        PG.createManagedRole(name, password, ADMIN);
        return name;
    }

    private static void create(String name, String subType, Map<String, String>... accounts) throws Exception {
        String config = JSON.writeValueAsString(Map.of("SecretSubType", subType, "DBInstanceId", "pg-auto"));
        @SuppressWarnings("unchecked")
        Map<String, Object> members = JSON.readValue(config, Map.class);
        nodeA.createSecret.createSecret(new CreateSecretCommand(ROOT, name, new VersionId("v1"),
                SecretValue.ofText(JSON.writeValueAsString(Map.of("Accounts", List.of(accounts)))),
                SecretDataType.TEXT, Optional.empty(), "", List.of(), Optional.of("Rds"),
                Optional.of(new ExtendedConfig(config, members)), true,
                Optional.of(RotationInterval.parse("6h"))));
    }

    private static Map<?, ?> read(String name, String stage) throws Exception {
        return JSON.readValue(nodeB.getSecretValue.getSecretValue(new GetSecretValueQuery(ROOT, name,
                Optional.empty(), Optional.of(new StageLabel(stage)))).value().asText(), Map.class);
    }

    private static boolean logsIn(Map<?, ?> account) {
        return PG.logsIn((String) account.get("AccountName"), (String) account.get("AccountPassword"));
    }

    private static RotationPolicy policy(String name) {
        return nodeA.describeSecret.describeSecret(new SecretQuery(ROOT, name)).rotation();
    }

    /**
     * Both nodes look for due work at the same moment, as their schedulers would. (Each test counts its own
     * secret's audit events: the clock and database are shared, so another test's secret may be due as well.)
     */
    private static void bothNodesRun() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Wiring node : List.of(nodeA, nodeB)) {
                Callable<Integer> run = () -> node.secretRotation.rotateDue(new BatchCommand(100));
                runs.add(pool.submit(run));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long auditEvents(String action, String name) throws Exception {
        return databaseA.jdbi().withHandle(h -> h.createQuery("select count(*) from audit_events where action = :a "
                + "and resource like :r").bind("a", action).bind("r", "%:secret/" + name).mapTo(Long.class).one());
    }

    @Test
    void aDueSecretIsRotatedExactlyOnceByTwoNodesAndItsDatesMoveAsDocumented() throws Exception {
        String p1 = "One-" + UUID.randomUUID();
        String p2 = "Two-" + UUID.randomUUID();
        String name = "auto/double-" + System.nanoTime();
        Instant created = CLOCK.instant();
        create(name, "DoubleUsers", Map.of("AccountName", account(p1), "AccountPassword", p1),
                Map.of("AccountName", account(p2), "AccountPassword", p2));
        assertThat(policy(name).nextRotation()).contains(created.plus(Duration.ofHours(6)));
        CLOCK.advance(Duration.ofHours(6).minusSeconds(1));
        bothNodesRun();
        assertThat(auditEvents("RotateSecret:Success", name)).as("not due yet").isZero();

        for (int round = 1; round <= 2; round++) {
            CLOCK.advance(Duration.ofSeconds(1));
            Instant due = CLOCK.instant();
            Map<?, ?> current = read(name, "ACSCurrent");
            for (int i = 0; i < 5; i++) {
                bothNodesRun();
                assertThat(auditEvents("RotateSecret:Success", name)).as("round %d, run %d", round, i)
                        .isEqualTo(round);
            }
            RotationPolicy after = policy(name);
            assertThat(after.lastRotation()).contains(due);
            assertThat(after.nextRotation()).contains(due.plus(Duration.ofHours(6)));
            assertThat(read(name, "ACSPrevious")).isEqualTo(current);
            assertThat(logsIn(read(name, "ACSCurrent"))).isTrue();
            assertThat(logsIn(read(name, "ACSPrevious"))).isTrue();
            CLOCK.advance(Duration.ofHours(6).minusSeconds(1));
        }
        int versions = databaseA.jdbi().withHandle(h -> h.createQuery("select count(*) from secret_versions v "
                + "join secrets s on s.secret_id = v.secret_id where s.name = :n").bind("n", name)
                .mapTo(Integer.class).one());
        assertThat(versions).as("two initial versions and one per rotation").isEqualTo(4);
    }

    @Test
    void aBrokenTargetTurnsAutomaticRotationInvalidAndAFixedOneEnabledAgain() throws Exception {
        String password = "Single-" + UUID.randomUUID();
        String name = "auto/single-" + System.nanoTime();
        create(name, "SingleUser", Map.of("AccountName", account(password), "AccountPassword", password));
        Map<?, ?> original = read(name, "ACSCurrent");
        PG.setPassword(ADMIN, "Changed-" + UUID.randomUUID());  // the stored administrator password is now wrong
        try {
            CLOCK.advance(Duration.ofHours(6));
            for (int failure = 1; failure <= 3; failure++) {
                bothNodesRun();
                RotationPolicy policy = policy(name);
                assertThat(policy.failures()).isEqualTo(failure);
                assertThat(policy.state().wireName()).isEqualTo(failure < 3 ? "Enabled" : "Invalid");
                assertThat(policy.nextRotation()).as("retried with back-off")
                        .contains(CLOCK.instant().plus(Duration.ofSeconds(60L << (failure - 1))));
                CLOCK.advance(Duration.ofSeconds(60L << (failure - 1)));
            }
            assertThat(read(name, "ACSCurrent")).as("labels did not move").isEqualTo(original);
            assertThat(logsIn(original)).isTrue();
            assertThat(auditEvents("RotateSecret:Failure", name)).isEqualTo(3);
        } finally {
            PG.setPassword(ADMIN, ADMIN_PASSWORD);  // the operator fixes the target
        }
        bothNodesRun();
        assertThat(auditEvents("RotateSecret:Success", name)).isEqualTo(1);
        assertThat(policy(name).state().wireName()).isEqualTo("Enabled");
        assertThat(policy(name).failures()).isZero();
        assertThat(logsIn(read(name, "ACSCurrent"))).isTrue();
        assertThat(logsIn(original)).as("SingleUser: the old password is gone").isFalse();
    }
}
