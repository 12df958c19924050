package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateKeyRequest;
import com.aliyun.kms20160120.models.CreateKeyVersionRequest;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DecryptRequest;
import com.aliyun.kms20160120.models.EncryptRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.ListKeyVersionsRequest;
import com.aliyun.kms20160120.models.ListSecretVersionIdsRequest;
import com.aliyun.kms20160120.models.PutSecretValueRequest;
import com.aliyun.kms20160120.models.RotateSecretRequest;
import com.aliyun.kms20160120.models.UpdateSecretVersionStageRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kmsecrets.bootstrap.launch.PackagedJar;
import kmsecrets.testing.TestRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README's backup procedure, performed: a deployment with secrets of every type (several versions and labels),
 * rotated customer keys, a user with a policy and an access key, and audit events is dumped with pg_dump and restored
 * with pg_restore into a new database. A node started on it with the same master key serves everything as before
 * (ciphertexts made before the dump decrypt, the managed secret still rotates, the chain verifies); a node with
 * another master key refuses to start, naming the mismatch.
 *
 * <p>pg_dump and pg_restore come from {@code KMS_TEST_PG_BIN} or the newest /usr/lib/postgresql/N/bin, and must be at
 * least the test server's major version; without them the test is skipped, saying so.
 */
@Tag("slow")
class BackupAndRestoreSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEY = Pattern.compile("AccessKeyId:\\s+(\\S+)\\s+AccessKeySecret:\\s+(\\S+)");

    @Test
    void aRestoredDumpServesEverythingWithTheSameMasterKeyAndRefusesAnother() throws Exception {
        Optional<Path> tools = clientTools();
        assumeTrue(tools.isPresent(), "pg_dump/pg_restore of at least the test server's version are not installed "
                + "(set KMS_TEST_PG_BIN to their folder)");
        String restoredDb = TestRun.databaseName("kms_restored");
        try (DatabaseServers servers = new DatabaseServers();
             ServiceProcess source = ServiceProcess.start(Map.of("KMS_KEY_VERSION_MIN_INTERVAL_SECONDS", "0",
                     "KMS_ROTATE_SECRET_HOURLY_LIMIT", "1000"))) {
            servers.register(source, "bk", "postgresql", "redis");
            Client tea = new Clients(source).tea();

            // secrets of every type, with several versions and labels
            Map<String, String> expected = new LinkedHashMap<>();
            tea.createSecret(new CreateSecretRequest().setSecretName("bk-generic").setVersionId("v1")
                    .setSecretData("one"));
            tea.putSecretValue(new PutSecretValueRequest().setSecretName("bk-generic").setVersionId("v2")
                    .setSecretData("two"));
            tea.putSecretValue(new PutSecretValueRequest().setSecretName("bk-generic").setVersionId("v3")
                    .setSecretData("three").setVersionStages("[\"Canary\"]"));
            tea.updateSecretVersionStage(new UpdateSecretVersionStageRequest().setSecretName("bk-generic")
                    .setVersionStage("Blue").setMoveToVersion("v1"));
            String binary = Base64.getEncoder().encodeToString(new byte[] {0, 1, 2, (byte) 255});
            tea.createSecret(new CreateSecretRequest().setSecretName("bk-binary").setVersionId("b1")
                    .setSecretData(binary).setSecretDataType("binary"));
            String pgPassword = "Imported-" + UUID.randomUUID();
            String pgAccount = servers.account("postgresql", pgPassword);
            tea.createSecret(new CreateSecretRequest().setSecretName("bk-rds").setVersionId("r1").setSecretType("Rds")
                    .setSecretData(JSON.writeValueAsString(Map.of("Accounts", List.of(Map.of("AccountName",
                            pgAccount, "AccountPassword", pgPassword)))))
                    .setExtendedConfig(Map.of("SecretSubType", "SingleUser", "DBInstanceId", "pg-bk")));
            tea.rotateSecret(new RotateSecretRequest().setSecretName("bk-rds").setVersionId("r2"));
            String redisAccount = "kms_bk_" + servers.tag;
            servers.redisUser(redisAccount);
            servers.redisUser(redisAccount + "_clone");
            tea.createSecret(new CreateSecretRequest().setSecretName("bk-redis").setVersionId("d1")
                    .setSecretType("Redis").setSecretData("$Auto").setExtendedConfig(Map.of("SecretSubType",
                            "DoubleUsers", "AccountName", redisAccount, "CloneAccountName", redisAccount + "_clone",
                            "AccountPrivilege", "RoleReadOnly", "InstanceId", "redis-bk", "RegionId",
                            "cn-hangzhou")));
            Map<String, Map<String, String>> secrets = everyVersion(tea, List.of("bk-generic", "bk-binary", "bk-rds",
                    "bk-redis"));

            // customer keys with rotated versions, and ciphertexts made by each version
            String keyId = tea.createKey(new CreateKeyRequest()).getBody().getKeyMetadata().getKeyId();
            Map<String, String> ciphertexts = new LinkedHashMap<>();
            for (int v = 0; v < 3; v++) {
                if (v > 0) {
                    tea.createKeyVersion(new CreateKeyVersionRequest().setKeyId(keyId));
                }
                String plaintext = Base64.getEncoder().encodeToString(("made by version " + v)
                        .getBytes(StandardCharsets.UTF_8));
                ciphertexts.put(tea.encrypt(new EncryptRequest().setKeyId(keyId).setPlaintext(plaintext)).getBody()
                        .getCiphertextBlob(), plaintext);
            }

            // an identity with a policy and an access key
            source.cli("user", "create", "bk-reader");
            source.cli("policy", "create", "bk-read", "--document", "{\"Version\":\"1\",\"Statement\":{\"Effect\":"
                    + "\"Allow\",\"Action\":\"kms:GetSecretValue\",\"Resource\":\"*\"}}");
            source.cli("policy", "attach", "bk-read", "--user", "bk-reader");
            Matcher user = KEY.matcher(source.cli("access-key", "create", "--user", "bk-reader"));
            assertThat(user.find()).isTrue();
            assertThat(source.cli("audit", "verify")).contains("audit trail intact");
            long events = count(source, "select count(*) from audit_events");

            // the procedure: pg_dump (custom format) of the live database, pg_restore into a new one
            Path dump = source.dataDir.resolve("kmsecrets.dump");
            long dumpStarted = System.nanoTime();
            run(tools.get(), "pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + source.database);
            double dumpSeconds = (System.nanoTime() - dumpStarted) / 1e9;
            try (Connection admin = DriverManager.getConnection(ServiceProcess.PG.url("postgres"),
                    ServiceProcess.PG.user(), ServiceProcess.PG.password()); Statement s = admin.createStatement()) {
                s.execute("create database " + restoredDb);
            }
            long restoreStarted = System.nanoTime();
            run(tools.get(), "pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + restoredDb, dump.toString());
            double restoreSeconds = (System.nanoTime() - restoreStarted) / 1e9;
            System.out.printf("backup of %d secrets' versions, %d audit events: dump %.2f s (%d bytes), restore "
                    + "%.2f s%n", secrets.values().stream().mapToInt(Map::size).sum(), events, dumpSeconds,
                    Files.size(dump), restoreSeconds);

            String restoredUrl = ServiceProcess.PG.url(restoredDb);
            Path masterKey = source.dataDir.resolve("master.key");
            Map<String, String> onRestored = Map.of("KMS_DB_URL", restoredUrl, "KMS_DB_USER", ServiceProcess.PG.user(),
                    "KMS_DB_PASSWORD", ServiceProcess.PG.password(), "KMS_MASTER_KEY_FILE", masterKey.toString());
            try (ServiceProcess restored = ServiceProcess.start(onRestored)) {
                Client again = new Clients(restored).tea();
                assertThat(everyVersion(again, List.copyOf(secrets.keySet()))).isEqualTo(secrets);
                for (Map.Entry<String, String> c : ciphertexts.entrySet()) {
                    assertThat(again.decrypt(new DecryptRequest().setCiphertextBlob(c.getKey())).getBody()
                            .getPlaintext()).isEqualTo(c.getValue());
                }
                assertThat(again.listKeyVersions(new ListKeyVersionsRequest().setKeyId(keyId)).getBody()
                        .getKeyVersions().getKeyVersion()).hasSize(3);
                Client reader = new Clients(restored).tea(user.group(1), user.group(2));
                assertThat(reader.getSecretValue(new GetSecretValueRequest().setSecretName("bk-generic")).getBody()
                        .getSecretData()).isEqualTo("two");
                String rotated = again.rotateSecret(new RotateSecretRequest().setSecretName("bk-rds")
                        .setVersionId("r3")).getBody().getVersionId();
                assertThat(rotated).isEqualTo("r3");   // the administrator's password opened: the login worked
                Map<String, String> onRestoredAdmin = Map.of("KMS_DB_URL", restoredUrl, "KMS_MASTER_KEY_FILE",
                        masterKey.toString());
                assertThat(restored.admin(onRestoredAdmin, "audit", "verify").text()).contains("audit trail intact");
                assertThat(restored.admin(onRestoredAdmin, "policy", "list").text()).contains("bk-read\tbk-reader");
                assertThat(count(restored, restoredUrl, "select count(*) from audit_events")).isGreaterThan(events);
            }

            // another master key: refused at start, naming the mismatch
            byte[] other = new byte[32];
            new SecureRandom().nextBytes(other);
            Path otherKey = Files.writeString(source.dataDir.resolve("other.key"),
                    Base64.getEncoder().encodeToString(other));
            Map<String, String> wrongKey = new LinkedHashMap<>(onRestored);
            wrongKey.put("KMS_MASTER_KEY_FILE", otherKey.toString());
            PackagedJar.NotHealthy refused = catchThrowableOfType(PackagedJar.NotHealthy.class,
                    () -> ServiceProcess.start(wrongKey).close());
            assertThat(refused).isNotNull();
            assertThat(refused.output()).contains("kmsecrets cannot start: the master key in " + otherKey,
                    "is not a key of this database");
        } finally {
            try (Connection admin = DriverManager.getConnection(ServiceProcess.PG.url("postgres"),
                    ServiceProcess.PG.user(), ServiceProcess.PG.password()); Statement s = admin.createStatement()) {
                s.execute("drop database if exists " + restoredDb + " with (force)");
            }
        }
    }

    /** Every version of each secret: version id → its stage labels and value. */
    private static Map<String, Map<String, String>> everyVersion(Client tea, List<String> names) throws Exception {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (String name : names) {
            Map<String, String> versions = new LinkedHashMap<>();
            for (var version : tea.listSecretVersionIds(new ListSecretVersionIdsRequest().setSecretName(name)
                    .setIncludeDeprecated("true").setPageSize(100)).getBody().getVersionIds().getVersionId()) {
                List<String> stages = new ArrayList<>(version.getVersionStages() == null ? List.of()
                        : version.getVersionStages().getVersionStage());
                stages.sort(Comparator.naturalOrder());
                String value = tea.getSecretValue(new GetSecretValueRequest().setSecretName(name)
                        .setVersionId(version.getVersionId())).getBody().getSecretData();
                versions.put(version.getVersionId(), stages + " " + value);
            }
            all.put(name, versions);
        }
        return all;
    }

    private static long count(ServiceProcess service, String sql) throws Exception {
        try (Connection c = service.sql(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(ServiceProcess service, String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, ServiceProcess.PG.user(), ServiceProcess.PG.password());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs a client tool against the test server (its password in PGPASSWORD, never on the command line). */
    private static void run(Path tools, String program, String... args) throws Exception {
        String[] hostPort = ServiceProcess.PG.host().split(":");
        List<String> command = new ArrayList<>(List.of(tools.resolve(program).toString(), "--host=" + hostPort[0],
                "--port=" + hostPort[1], "--username=" + ServiceProcess.PG.user()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", ServiceProcess.PG.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean exited = process.waitFor(Patience.of(Duration.ofSeconds(120)).toSeconds(), TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        assertThat(exited && process.exitValue() == 0).as(program + " " + String.join(" ", args) + ":\n" + output)
                .isTrue();
    }

    /** pg_dump and pg_restore of at least the test server's major version, if this machine has them. */
    private static Optional<Path> clientTools() throws Exception {
        int server;
        try (Connection c = DriverManager.getConnection(ServiceProcess.PG.url("postgres"), ServiceProcess.PG.user(),
                ServiceProcess.PG.password()); ResultSet rs = c.createStatement().executeQuery(
                        "select current_setting('server_version_num')::int / 10000")) {
            rs.next();
            server = rs.getInt(1);
        }
        List<Path> candidates = new ArrayList<>();
        String configured = System.getenv("KMS_TEST_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        Path installed = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(installed)) {
            try (Stream<Path> versions = Files.list(installed)) {
                versions.map(v -> v.resolve("bin")).forEach(candidates::add);
            }
        }
        for (Path bin : candidates) {
            if (Files.isExecutable(bin.resolve("pg_dump")) && Files.isExecutable(bin.resolve("pg_restore"))
                    && major(bin.resolve("pg_dump")) >= server) {
                return Optional.of(bin);
            }
        }
        return Optional.empty();
    }

    /** "pg_dump (PostgreSQL) 15.14 (Debian …)" → 15. */
    private static int major(Path program) throws Exception {
        Process p = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true).start();
        String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        Matcher m = Pattern.compile("\\) (\\d+)").matcher(version);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
