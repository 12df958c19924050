package kmsecrets.bootstrap.bench;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kmsecrets.adapter.persistence.PostgresDatabase;

/** The packaged service in a process of its own (heap capped at 256 MiB), on a fresh database dropped on close. */
final class ServiceUnderTest implements AutoCloseable {
    static final String ACCESS_KEY_ID = "LTAIbench";
    static final int HEAP_MIB = 256;
    /** A test run's id ({@code -Dkmsecrets.run}), carried into names so that its leftovers can be found. */
    private static final java.util.Optional<String> RUN = java.util.Optional.ofNullable(
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
    private final Process process;

    ServiceUnderTest(Path jar, String configuredDbUrl, String dbUser, String dbPassword, int poolSize)
            throws Exception {
        this.dbUrl = configuredDbUrl.replaceFirst("/[A-Za-z0-9_]+(\\?.*)?$",
                "/kms_bench_" + RUN.map(run -> run + "_").orElse("")
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.poolSize = poolSize;
        this.port = freePort();
        this.dir = Files.createTempDirectory("kmsecrets-" + RUN.map(run -> run + "-").orElse("") + "bench");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + HEAP_MIB + "m",
                "-Xlog:gc:file=" + dir.resolve("gc.log")));
        RUN.ifPresent(run -> command.add("-Dkmsecrets.run=" + run));
        // e.g. -XX:StartFlightRecording=filename=/tmp/service.jfr to profile the service during a run
        String extra = System.getenv().getOrDefault("KMS_BENCH_SERVICE_JAVA_OPTS", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "serve"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dir.resolve("service.log").toFile()).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("KMS_DB_URL", dbUrl);
        env.put("KMS_DB_USER", dbUser);
        env.put("KMS_DB_PASSWORD", dbPassword);
        env.put("KMS_HTTP_PORT", String.valueOf(port));
        env.put("KMS_HTTPS_PORT", String.valueOf(freePort()));
        env.put("KMS_DATA_DIR", dir.toString());
        env.put("KMS_ROOT_ACCESS_KEY_ID", ACCESS_KEY_ID);
        env.put("KMS_ROOT_ACCESS_KEY_SECRET", secret);
        env.put("KMS_THROTTLE_RPS", "1000000");
        env.put("KMS_SECRET_QUOTA", "10000000");
        env.put("KMS_DB_POOL_SIZE", String.valueOf(poolSize));
        process = builder.start();
        // a bench stopped with SIGTERM or Ctrl-C takes its service with it
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "bench-service-stop"));
        try {
            awaitHealthy();
        } catch (Exception | Error e) {
            close();   // a failed start leaves nothing behind: process, database, folder with its master key
            throw e;
        }
    }

    private void awaitHealthy() throws Exception {
        // generous: on a loaded machine a JVM with a fresh schema can take minutes; a hang still ends
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited: " + log());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/health").toURL()
                        .openConnection();
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not become healthy: " + log());
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

    String log() throws IOException {
        return Files.readString(dir.resolve("service.log"), StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        try {
            PostgresDatabase.drop(dbUrl, dbUser, dbPassword);
        } finally {
            // the service's master key, certificate and log: nothing of a benchmark stays behind
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
