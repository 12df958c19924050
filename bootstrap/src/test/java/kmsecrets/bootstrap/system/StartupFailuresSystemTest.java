package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kmsecrets.bootstrap.launch.PackagedJar;
import kmsecrets.testing.TestRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mistakes a newcomer makes, each answered by a start that ends at once with one line naming the setting to
 * change: no stack trace, and no master key written for a start that failed.
 */
class StartupFailuresSystemTest {
    private Path folder;
    private final String database = TestRun.databaseName("kms_start");

    @BeforeEach
    void folder() throws Exception {
        folder = TestRun.temporaryFolder("startup");
    }

    @AfterEach
    void cleanUp() throws Exception {
        PackagedJar.deleteFolder(folder);
        try (Connection c = DriverManager.getConnection(ServiceProcess.PG.url("postgres"), ServiceProcess.PG.user(),
                ServiceProcess.PG.password()); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void aPortInUseIsNamedBeforeAnythingIsWritten() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String output = failedStart(Map.of("KMS_HTTP_PORT", String.valueOf(taken.getLocalPort()),
                    "KMS_DB_URL", ServiceProcess.PG.url(database)));
            assertThat(output).contains("kmsecrets cannot start: Failed to bind 127.0.0.1:" + taken.getLocalPort()
                    + " (KMS_HTTP_PORT)");
        }
        assertThat(folder.resolve("master.key")).doesNotExist();
    }

    @Test
    void anUnreachableDatabaseIsNamedAndNoMasterKeyIsWritten() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = probe.getLocalPort();
        }
        String output = failedStart(Map.of("KMS_DB_URL", "jdbc:postgresql://127.0.0.1:" + closed + "/kms",
                "KMS_DB_START_WAIT_SECONDS", "0"));
        assertThat(output).contains("kmsecrets cannot start: PostgreSQL at jdbc:postgresql://127.0.0.1:" + closed,
                "KMS_DB_URL");
        assertThat(folder.resolve("master.key")).doesNotExist();
    }

    @Test
    void aMasterKeyThatDidNotSealTheDatabaseIsRefused() throws Exception {
        Map<String, String> env = Map.of("KMS_DB_URL", ServiceProcess.PG.url(database));
        int port = PackagedJar.freePort();
        Map<String, String> first = new HashMap<>(environment(env));
        first.put("KMS_HTTP_PORT", String.valueOf(port));
        PackagedJar node = PackagedJar.start(ServiceProcess.jar(), List.of("-Xmx256m", TestRun.processMarker(),
                "-XX:TieredStopAtLevel=1"), List.of(), first, folder, "first.log");
        try {
            node.awaitHealthy(port, Patience.of(Duration.ofSeconds(60)));
        } finally {
            node.stop(Patience.of(Duration.ofSeconds(30)));
        }
        // another key, as after restoring the database beside the wrong key file
        Files.delete(folder.resolve("master.key"));
        String output = failedStart(env);
        assertThat(output).contains("kmsecrets cannot start: the master key in", "KMS_MASTER_KEY_FILE");
    }

    /** Starts the service, waits for it to end by itself, and returns what it printed. */
    private String failedStart(Map<String, String> env) throws Exception {
        PackagedJar node = PackagedJar.start(ServiceProcess.jar(), List.of("-Xmx256m", TestRun.processMarker(),
                "-XX:TieredStopAtLevel=1"), List.of(), environment(env), folder, "failed.log");
        try {
            boolean ended = node.handle().onExit().thenApply(h -> true)
                    .completeOnTimeout(false, Patience.of(Duration.ofSeconds(60)).toSeconds(), TimeUnit.SECONDS)
                    .get();
            String output = node.output();
            assertThat(ended).as("the start ends by itself:\n" + output).isTrue();
            assertThat(node.exitCode()).as(output).isEqualTo(1);
            assertThat(output).as("no stack trace").doesNotContain("\tat ", "Exception");
            return output;
        } finally {
            node.kill();
        }
    }

    private Map<String, String> environment(Map<String, String> env) throws Exception {
        Map<String, String> all = new HashMap<>();
        all.put("KMS_DATA_DIR", folder.toString());
        all.put("KMS_HTTP_PORT", String.valueOf(PackagedJar.freePort()));
        all.put("KMS_HTTPS_PORT", String.valueOf(PackagedJar.freePort()));
        all.put("KMS_DB_USER", ServiceProcess.PG.user());
        all.put("KMS_DB_PASSWORD", ServiceProcess.PG.password());
        all.put("KMS_ROOT_ACCESS_KEY_ID", "startupak");
        all.put("KMS_ROOT_ACCESS_KEY_SECRET", "startup-secret");
        all.putAll(env);
        return all;
    }
}
