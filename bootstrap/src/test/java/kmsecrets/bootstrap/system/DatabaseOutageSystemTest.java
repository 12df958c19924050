package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateKeyRequest;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DeleteSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.ListKeyVersionsRequest;
import com.aliyun.kms20160120.models.PutSecretValueRequest;
import com.aliyun.tea.TeaException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kmsecrets.adapter.database.ScramPostgres;
import kmsecrets.bootstrap.system.History.Kind;
import kmsecrets.bootstrap.system.History.Op;
import kmsecrets.bootstrap.system.History.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away and comes back while clients run: every request in between is answered 503
 * ServiceUnavailableTemporary (never a 500 or a hang), /health says DOWN with the reason, the nodes serve again
 * without a restart, no acknowledged write is lost and a write answered 503 either happened whole or not at all; a
 * node started before its database waits for it; an exhausted pool answers 503; the background jobs carry on. The
 * database is a private server of this test (the shared one is never stopped).
 */
@Tag("slow")
class DatabaseOutageSystemTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static ScramPostgres postgres;

    @BeforeAll
    static void privateServer() {
        postgres = ScramPostgres.startPrivate();
    }

    /** A database of the test's own on the private server (each test starts with its own master key). */
    private static Map<String, String> env(String database) {
        return Map.of("KMS_DB_URL", postgres.url(database), "KMS_DB_USER", "postgres",
                "KMS_DB_PASSWORD", postgres.superuserPassword, "KMS_PURGE_INTERVAL_SECONDS", "1",
                "KMS_KEY_ROTATION_CHECK_SECONDS", "1");
    }

    /** A test that failed while the server was down leaves it up for the next one. */
    @AfterEach
    void serverUpAgain() throws Exception {
        if (!postgresUp()) {
            postgres.startServer();
        }
    }

    @AfterAll
    static void stopServer() {
        postgres.close();
    }

    @Test
    void anOutageIsAnswered503AndNothingAcknowledgedIsLost() throws Exception {
        try (ServiceProcess first = ServiceProcess.start(env("kms_outage"));
             ServiceProcess second = ServiceProcess.startBeside(first, Map.of())) {
            SecretsWorkload workload = new SecretsWorkload(2, 3, 23);
            workload.serveFrom(0, first);
            workload.serveFrom(1, second);
            workload.createSecrets();
            CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
                try {
                    workload.run(6, 150);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            SecretsWorkload.awaitWhileRunning(running, () -> workload.history().count(Outcome.OK) >= 100);

            postgres.stopServer();
            long stoppedAt = System.nanoTime();
            Poll.until("both nodes report DOWN", () -> health(first).statusCode() == 503
                    && health(second).statusCode() == 503);
            assertThat(health(first).body()).contains("\"status\":\"DOWN\"").contains("\"reason\":\"database");
            SecretsWorkload.awaitWhileRunning(running,
                    () -> workload.history().ops().stream().filter(op -> op.status() == 503).count() >= 12);

            postgres.startServer();
            long restartedAt = System.nanoTime();
            Poll.until("both nodes report UP", () -> health(first).statusCode() == 200
                    && health(second).statusCode() == 200);
            long recoveryMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restartedAt);
            running.get(30, TimeUnit.MINUTES);

            List<Op> ops = workload.history().ops();
            List<Op> unavailable = ops.stream().filter(op -> op.status() == 503).toList();
            assertThat(ops).as("errors other than 503 ServiceUnavailableTemporary, or no reply at all")
                    .noneMatch(op -> op.outcome() == Outcome.UNKNOWN && !(op.status() == 503
                            && "ServiceUnavailableTemporary".equals(op.code())));
            assertThat(unavailable).allMatch(op -> op.invoked() > stoppedAt - TimeUnit.SECONDS.toNanos(1)
                    && op.invoked() < restartedAt + Patience.of(Duration.ofSeconds(30)).toNanos());

            HistoryChecker checker = new HistoryChecker(workload.history(), workload.finalState());
            List<String> findings = checker.check(false);
            long slowest503 = unavailable.stream().mapToLong(op -> op.completed() - op.invoked()).max().orElse(0);
            System.out.println("DatabaseOutageSystemTest: " + checker.summary() + "; " + unavailable.size()
                    + " answered 503 (slowest after " + TimeUnit.NANOSECONDS.toMillis(slowest503)
                    + " ms); both nodes UP " + recoveryMillis + " ms after PostgreSQL was back; refusals "
                    + checker.refusals());
            assertThat(findings).as(checker.summary()).isEmpty();
            assertThat(Duration.ofMillis(recoveryMillis)).isLessThan(Patience.of(Duration.ofSeconds(30)));

            // a write answered 503 happened whole or not at all: the same VersionId again tells which
            Client tea = SecretsWorkload.client(first);
            for (Op put : unavailable.stream().filter(op -> op.kind() == Kind.PUT).toList()) {
                tea.putSecretValue(new PutSecretValueRequest().setSecretName(put.secret()).setVersionId(put.version())
                        .setSecretData(put.value()));
                assertThat(tea.getSecretValue(new GetSecretValueRequest().setSecretName(put.secret())
                        .setVersionId(put.version())).getBody().getSecretData()).isEqualTo(put.value());
            }

            backgroundJobsCarryOn(first, tea);
        }
    }

    /** The purge and key rotation jobs failed during the outage; after it, each does its work, once. */
    private static void backgroundJobsCarryOn(ServiceProcess node, Client tea) throws Exception {
        tea.createSecret(new CreateSecretRequest().setSecretName("to-purge").setVersionId("v1").setSecretData("x"));
        tea.deleteSecret(new DeleteSecretRequest().setSecretName("to-purge").setRecoveryWindowInDays("7"));
        String keyId = tea.createKey(new CreateKeyRequest().setEnableAutomaticRotation(true)
                .setRotationInterval("604800s")).getBody().getKeyMetadata().getKeyId();
        try (Connection c = DriverManager.getConnection(postgres.url("kms_outage"), "postgres",
                postgres.superuserPassword); Statement s = c.createStatement()) {
            s.executeUpdate("update secrets set planned_delete_at = now() - interval '1 minute' "
                    + "where name = 'to-purge'");
            s.executeUpdate("update customer_keys set next_rotation_at = now() - interval '1 minute' "
                    + "where key_id = '" + keyId + "'");
        }
        Poll.until("the purge job deletes the secret", () -> TeaCalls.gone(tea, "to-purge"));
        Poll.until("the key rotation job rotates the key", () -> keyVersions(tea, keyId) >= 2);
        assertThat(keyVersions(tea, keyId)).as("rotated by exactly one node, once").isEqualTo(2);
    }

    @Test
    void aNodeStartedBeforeItsDatabaseWaitsForIt() throws Exception {
        try (ServiceProcess first = ServiceProcess.start(env("kms_late"))) {
            postgres.stopServer();
            ServiceProcess late = null;
            try {
                late = ServiceProcess.launchBeside(first, Map.of());
                ServiceProcess starting = late;
                Poll.until("the late node says it waits", () -> output(starting).contains("cannot be reached yet"));
                postgres.startServer();
                late.awaitHealthy();
                Client tea = SecretsWorkload.client(late);
                tea.createSecret(new CreateSecretRequest().setSecretName("after-wait").setVersionId("v1")
                        .setSecretData("ok"));
                assertThat(tea.getSecretValue(new GetSecretValueRequest().setSecretName("after-wait")).getBody()
                        .getSecretData()).isEqualTo("ok");
            } finally {
                if (late != null) {
                    late.close();
                }
            }
        }
    }

    @Test
    void anExhaustedPoolAnswers503InsteadOfWaiting() throws Exception {
        Map<String, String> onePool = new java.util.HashMap<>(env("kms_pool"));
        onePool.put("KMS_DB_POOL_SIZE", "1");
        try (ServiceProcess node = ServiceProcess.start(onePool);
             Connection blocker = DriverManager.getConnection(postgres.url("kms_pool"), "postgres",
                     postgres.superuserPassword)) {
            Client tea = SecretsWorkload.client(node);
            tea.createSecret(new CreateSecretRequest().setSecretName("pool").setVersionId("v1").setSecretData("a"));
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.executeQuery("select 1 from secrets where name = 'pool' for update").close();
            }
            // the first write takes the node's only connection and waits for the row lock the test holds
            CompletableFuture<String> held = CompletableFuture.supplyAsync(() -> {
                try {
                    return tea.putSecretValue(new PutSecretValueRequest().setSecretName("pool").setVersionId("v2")
                            .setSecretData("b")).getBody().getVersionId();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Poll.until("the first write waits for the row lock", () -> waitingOnLocks(blocker) > 0);
            TeaException refused = TeaCalls.failsWith(503, "ServiceUnavailableTemporary", () ->
                    tea.getSecretValue(new GetSecretValueRequest().setSecretName("pool")));
            assertThat(refused.getMessage()).doesNotContain("Exception");
            blocker.rollback();
            assertThat(held.get(60, TimeUnit.SECONDS)).isEqualTo("v2");
            assertThat(tea.getSecretValue(new GetSecretValueRequest().setSecretName("pool")).getBody()
                    .getSecretData()).isEqualTo("b");
        }
    }

    private static int waitingOnLocks(Connection c) {
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean postgresUp() {
        try (Connection ignored = DriverManager.getConnection(postgres.url("postgres"), "postgres",
                postgres.superuserPassword)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static int keyVersions(Client tea, String keyId) {
        try {
            return tea.listKeyVersions(new ListKeyVersionsRequest().setKeyId(keyId)).getBody().getTotalCount();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String output(ServiceProcess node) {
        try {
            return Files.readString(node.log);
        } catch (Exception e) {
            return "";
        }
    }

    private static HttpResponse<String> health(ServiceProcess node) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.httpPort + "/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("/health did not answer within 10 s", e);
        }
    }
}
