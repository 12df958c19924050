package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.PutSecretValueRequest;
import com.aliyun.teaopenapi.models.Config;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kmsecrets.bootstrap.launch.PackagedJar;
import kmsecrets.testing.TestRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service with no KMS_DB_URL: its own PostgreSQL in KMS_DATA_DIR/pg, started and stopped with it, the same data
 * on the next start, and nothing a crash leaves (a server still running after kill -9, a stale postmaster.pid) that
 * blocks the next one. Run as root (containers, CI), the server runs as an unprivileged user.
 */
class EmbeddedStoreSystemTest {
    private static final String KEY_ID = "embeddedak";
    private static final String KEY_SECRET = "embedded-" + UUID.randomUUID();

    private Path folder;
    private PackagedJar node;
    private int httpPort;

    @BeforeEach
    void folder() throws Exception {
        folder = TestRun.temporaryFolder("embedded");
    }

    @AfterEach
    void cleanUp() throws Exception {
        try {
            if (node != null) {
                node.kill();
            }
        } finally {
            try {
                stopLeftoverServer();
            } finally {
                PackagedJar.deleteFolder(folder);
            }
        }
    }

    @Test
    void startsWithNothingConfiguredKeepsItsDataAndRecoversFromACrash() throws Exception {
        start();
        String log = node.output();
        assertThat(log).contains("embedded single-node PostgreSQL", "set KMS_DB_URL");
        if ("root".equals(System.getProperty("user.name"))) {
            assertThat(log).contains("runs as the system user 'nobody'");
        }
        client().createSecret(new CreateSecretRequest().setSecretName("embedded/one").setVersionId("v1")
                .setSecretData("first"));

        // a graceful stop stops the server too
        node.stop(Patience.of(Duration.ofSeconds(30)));
        assertThat(postmaster()).as("no server left after a graceful stop").isEmpty();

        // the next start finds the data
        start();
        assertThat(value("embedded/one")).isEqualTo("first");

        // kill -9: the server outlives its service; the next start stops it and carries on
        node.kill();
        node = null;
        assertThat(postmaster()).as("the server a killed service leaves running").isPresent();
        start();
        assertThat(node.output()).contains("left running by a service that stopped without stopping it");
        assertThat(value("embedded/one")).isEqualTo("first");
        client().putSecretValue(new PutSecretValueRequest().setSecretName("embedded/one").setVersionId("v2")
                .setSecretData("second"));
        node.stop(Patience.of(Duration.ofSeconds(30)));

        // a stale postmaster.pid naming a process that is gone (as after a power cut)
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path pidFile = folder.resolve("pg").resolve("postmaster.pid");
        Files.writeString(pidFile, gone.pid() + "\n" + folder.resolve("pg") + "\n");
        start();
        assertThat(node.output()).contains("stale");
        assertThat(value("embedded/one")).isEqualTo("second");
    }

    @Test
    void anAdministrationCommandUsesTheRunningServiceServerWithoutStoppingIt() throws Exception {
        start();
        String output = cli("user", "create", "alice");
        assertThat(output).contains("alice");
        assertThat(cli("user", "list")).contains("alice");
        // the command attached and left: the service still reads and writes
        client().createSecret(new CreateSecretRequest().setSecretName("after-cli").setVersionId("v1")
                .setSecretData("still here"));
        assertThat(value("after-cli")).isEqualTo("still here");
    }

    private void start() throws Exception {
        for (int attempt = 1; ; attempt++) {
            httpPort = PackagedJar.freePort();
            Map<String, String> env = new HashMap<>();
            env.put("KMS_DATA_DIR", folder.toString());
            env.put("KMS_HTTP_PORT", String.valueOf(httpPort));
            env.put("KMS_HTTPS_PORT", String.valueOf(PackagedJar.freePort()));
            env.put("KMS_ROOT_ACCESS_KEY_ID", KEY_ID);
            env.put("KMS_ROOT_ACCESS_KEY_SECRET", KEY_SECRET);
            node = PackagedJar.start(ServiceProcess.jar(), List.of("-Xmx256m", TestRun.processMarker(),
                    "-XX:TieredStopAtLevel=1"), List.of(), withoutDatabaseUrl(env), folder,
                    "service-" + UUID.randomUUID() + ".log");
            try {
                node.awaitHealthy(httpPort, Patience.of(Duration.ofSeconds(120)));
                return;
            } catch (PackagedJar.NotHealthy e) {
                node.kill();
                node = null;
                if (!e.output().contains("Failed to bind") || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The child inherits this JVM's environment: a KMS_DB_URL there (CI may set one) must not reach it. */
    private static Map<String, String> withoutDatabaseUrl(Map<String, String> env) {
        Map<String, String> copy = new HashMap<>(env);
        copy.put("KMS_DB_URL", "");
        return copy;
    }

    private Client client() throws Exception {
        return new Client(new Config().setAccessKeyId(KEY_ID).setAccessKeySecret(KEY_SECRET)
                .setRegionId("cn-hangzhou").setEndpoint("127.0.0.1:" + httpPort).setProtocol("HTTP"));
    }

    private String value(String name) throws Exception {
        return client().getSecretValue(new GetSecretValueRequest().setSecretName(name)).getBody().getSecretData();
    }

    private String cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), TestRun.processMarker(), "-jar", ServiceProcess.jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(folder.toFile());
        builder.environment().put("KMS_DATA_DIR", folder.toString());
        builder.environment().put("KMS_DB_URL", "");
        Process cli = builder.start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean exited = cli.waitFor(Patience.of(Duration.ofSeconds(60)).toSeconds(), TimeUnit.SECONDS);
        if (!exited) {
            cli.destroyForcibly().waitFor();
        }
        assertThat(exited && cli.exitValue() == 0).as(output).isTrue();
        return output;
    }

    /** The live PostgreSQL server of the folder, if one runs. */
    private Optional<ProcessHandle> postmaster() throws Exception {
        Path pidFile = folder.resolve("pg").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }

    /** A test that fails half-way may leave the server of a killed service: stopped here (SIGTERM, then -9). */
    private void stopLeftoverServer() throws Exception {
        Optional<ProcessHandle> server = postmaster();
        if (server.isEmpty()) {
            return;
        }
        server.get().destroy();
        try {
            server.get().onExit().get(Patience.of(Duration.ofSeconds(30)).toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            server.get().descendants().forEach(ProcessHandle::destroyForcibly);
            server.get().destroyForcibly();
        }
    }
}
