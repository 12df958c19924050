package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.RotateSecretRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * kill -9 between the external password change and the label move. The test holds a lock that makes the label
 * move wait (EXCLUSIVE on secret_stages: reads pass, writes wait), sees the database account's password change,
 * kills the service, and starts a new node on the same database: it must find the intent, finish the rotation,
 * and leave a secret whose ACSCurrent logs in.
 */
@Tag("slow")
class RotationCrashSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> FAST_RECOVERY = Map.of("KMS_ROTATION_LEASE_SECONDS", "3",
            "KMS_ROTATION_CHECK_SECONDS", "1");

    @Test
    void aNodeKilledBetweenThePasswordChangeAndTheLabelMoveIsFinishedByTheNextOne() throws Exception {
        try (DatabaseServers servers = new DatabaseServers();
             ServiceProcess first = ServiceProcess.start(FAST_RECOVERY)) {
            servers.register(first, "crash", "postgresql");
            String password = "Before-" + UUID.randomUUID();
            String account = servers.account("postgresql", password);
            String name = "crash/app";
            new Clients(first).tea().createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v1")
                    .setSecretType("Rds").setSecretData(JSON.writeValueAsString(Map.of("Accounts", List.of(
                            Map.of("AccountName", account, "AccountPassword", password)))))
                    .setExtendedConfig(Map.of("SecretSubType", "SingleUser", "DBInstanceId", "pg-crash")));

            try (Connection lock = first.sql()) {
                lock.setAutoCommit(false);
                try (Statement s = lock.createStatement()) {
                    s.execute("lock table secret_stages in exclusive mode");
                }
                CompletableFuture<?> rotation = CompletableFuture.runAsync(() -> {
                    try {
                        new Clients(first).tea().rotateSecret(new RotateSecretRequest().setSecretName(name)
                                .setVersionId("crash-1"));
                    } catch (Exception expected) {
                        // the service dies while answering
                    }
                });
                await("the database account's password changed", () -> !servers.logsIn("postgresql", account,
                        password));
                first.kill();
                lock.rollback();
                rotation.join();
            }
            try (Connection db = first.sql(); Statement s = db.createStatement()) {
                var rs = s.executeQuery("select (select count(*) from secret_versions), "
                        + "(select count(*) from rotation_intents where version_id = 'crash-1')");
                rs.next();
                assertThat(rs.getInt(1)).as("the label move never committed").isEqualTo(1);
                assertThat(rs.getInt(2)).as("the intent survived the crash").isEqualTo(1);
            }

            try (ServiceProcess second = ServiceProcess.startBeside(first, FAST_RECOVERY)) {
                var tea = new Clients(second).tea();
                await("the new node finished the rotation", () -> {
                    try {
                        return "crash-1".equals(tea.getSecretValue(new GetSecretValueRequest().setSecretName(name))
                                .getBody().getVersionId());
                    } catch (Exception e) {
                        return false;
                    }
                });
                Map<?, ?> current = JSON.readValue(tea.getSecretValue(new GetSecretValueRequest().setSecretName(name)
                        .setVersionStage("ACSCurrent")).getBody().getSecretData(), Map.class);
                assertThat(servers.logsIn("postgresql", account, (String) current.get("AccountPassword")))
                        .as("ACSCurrent logs in after recovery").isTrue();
                assertThat(servers.logsIn("postgresql", account, password)).isFalse();
                Map<?, ?> previous = JSON.readValue(tea.getSecretValue(new GetSecretValueRequest()
                        .setSecretName(name).setVersionStage("ACSPrevious")).getBody().getSecretData(), Map.class);
                assertThat(previous.get("AccountPassword")).isEqualTo(password);
                try (Connection db = second.sql(); Statement s = db.createStatement()) {
                    var rs = s.executeQuery("select count(*) from rotation_intents");
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
                assertThat(second.output()).contains("RotateSecret:Success").contains("crash-1")
                        .doesNotContain((String) current.get("AccountPassword"));
            }
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }
}
