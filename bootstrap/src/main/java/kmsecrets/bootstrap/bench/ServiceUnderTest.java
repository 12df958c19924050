package kmsecrets.bootstrap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kmsecrets.adapter.persistence.PostgresDatabase;
import kmsecrets.bootstrap.launch.PackagedJar;

/** The packaged service in a process of its own (heap capped at 256 MiB), on a fresh database dropped on close. */
final class ServiceUnderTest implements AutoCloseable {
    static final String ACCESS_KEY_ID = "LTAIbench";
    static final int HEAP_MIB = 256;
    /** A test run's id ({@code -Dkmsecrets.run}), carried into names so that its leftovers can be found. */
    static final java.util.Optional<String> RUN = java.util.Optional.ofNullable(
            System.getProperty("kmsecrets.run")).map(run -> run.toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]", "")).filter(run -> !run.isEmpty());
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    final String dbUrl;
    final String dbUser;
    final String dbPassword;
    final int port;
    final String secret = UUID.randomUUID().toString();
    final int poolSize;
    private final Path dir;
    private final PackagedJar process;

    /**
     * Starts the service on free ports. A port found free can be taken by another process before the service binds
     * it: then it starts again on other ports, three times at most.
     */
    static ServiceUnderTest start(Path jar, String configuredDbUrl, String dbUser, String dbPassword, int poolSize)
            throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return new ServiceUnderTest(jar, configuredDbUrl, dbUser, dbPassword, poolSize);
            } catch (PackagedJar.NotHealthy e) {
                if (attempt == 3 || !e.output().contains("Failed to bind")) {
                    throw e;
                }
            }
        }
    }

    private ServiceUnderTest(Path jar, String configuredDbUrl, String dbUser, String dbPassword, int poolSize)
            throws Exception {
        this.dbUrl = configuredDbUrl.replaceFirst("/[A-Za-z0-9_]+(\\?.*)?$",
                "/kms_bench_" + RUN.map(run -> run + "_").orElse("")
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.poolSize = poolSize;
        this.port = PackagedJar.freePort();
        this.dir = Files.createTempDirectory("kmsecrets-" + RUN.map(run -> run + "-").orElse("") + "bench");
        List<String> options = new java.util.ArrayList<>(List.of("-Xmx" + HEAP_MIB + "m",
                "-Xlog:gc:file=" + dir.resolve("gc.log")));
        RUN.ifPresent(run -> options.add("-Dkmsecrets.run=" + run));
        // e.g. -XX:StartFlightRecording=filename=/tmp/service.jfr to profile the service during a run
        String extra = System.getenv().getOrDefault("KMS_BENCH_SERVICE_JAVA_OPTS", "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        Map<String, String> env = new java.util.HashMap<>();
        env.put("KMS_DB_URL", dbUrl);
        env.put("KMS_DB_USER", dbUser);
        env.put("KMS_DB_PASSWORD", dbPassword);
        env.put("KMS_HTTP_PORT", String.valueOf(port));
        env.put("KMS_HTTPS_PORT", String.valueOf(PackagedJar.freePort()));
        env.put("KMS_DATA_DIR", dir.toString());
        env.put("KMS_ROOT_ACCESS_KEY_ID", ACCESS_KEY_ID);
        env.put("KMS_ROOT_ACCESS_KEY_SECRET", secret);
        env.put("KMS_THROTTLE_RPS", "1000000");
        env.put("KMS_SECRET_QUOTA", "10000000");
        env.put("KMS_DB_POOL_SIZE", String.valueOf(poolSize));
        process = PackagedJar.start(jar, options, List.of("serve"), env, dir, "service.log");
        // a bench stopped with SIGTERM or Ctrl-C takes its service with it
        ProcessHandle service = process.handle();
        Runtime.getRuntime().addShutdownHook(new Thread(service::destroyForcibly, "bench-service-stop"));
        try {
            // generous: on a loaded machine a JVM with a fresh schema can take minutes; a hang still ends
            process.awaitHealthy(port, Duration.ofMinutes(5));
        } catch (Exception | Error e) {
            close();   // a failed start leaves nothing behind: process, database, folder with its master key
            throw e;
        }
    }

    String host() {
        return "127.0.0.1:" + port;
    }

    /** The largest heap occupancy any GC saw, in MiB (before collection), from the service's GC log. */
    long maxHeapUsedMib() throws IOException {
        Matcher m = GC_LINE.matcher(Files.readString(dir.resolve("gc.log")));
        long max = 0;
        while (m.find()) {
            max = Math.max(max, Long.parseLong(m.group(1)));
        }
        return max;
    }

    /** The key the service created on first start (its data folder's default), for {@link BulkSeed}. */
    Path masterKeyFile() {
        return dir.resolve("master.key");
    }

    /**
     * Bytes the audit trail takes in the database (table and indexes; its partitions', when partitioned) and how many
     * events it holds.
     */
    BenchReport.Audit auditSize() throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection(dbUrl, dbUser, dbPassword); var rs = c.createStatement()
                .executeQuery("select pg_total_relation_size('audit_events') + (select coalesce(sum("
                        + "pg_total_relation_size(inhrelid)), 0) from pg_inherits where inhparent = "
                        + "'audit_events'::regclass), count(*) from audit_events")) {
            rs.next();
            return new BenchReport.Audit(rs.getLong(2), rs.getLong(1));
        }
    }

    String log() throws IOException {
        return process.output();
    }

    @Override
    public void close() throws Exception {
        process.close();
        try {
            PostgresDatabase.drop(dbUrl, dbUser, dbPassword);
        } finally {
            // the service's master key, certificate and log: nothing of a benchmark stays behind
            PackagedJar.deleteFolder(dir);
        }
    }
}
