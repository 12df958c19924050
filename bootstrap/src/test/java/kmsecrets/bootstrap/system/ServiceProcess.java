package kmsecrets.bootstrap.system;

import kmsecrets.bootstrap.launch.PackagedJar;
import kmsecrets.testing.TestRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kmsecrets.adapter.persistence.TestPostgres;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (bootstrap/target/kmsecrets.jar) in its own process, on free ports, against a freshly
 * created database that is dropped again on close. Its console output is kept in a file for inspection.
 */
final class ServiceProcess implements AutoCloseable {
    static final String ACCESS_KEY_ID = "testak";
    static final String ACCESS_KEY_SECRET = "testsecret-" + UUID.randomUUID();
    /** The tests' PostgreSQL: KMS_TEST_PG, or an embedded server of this JVM. */
    static final TestPostgres PG = TestPostgres.server();

    final String database;
    final int httpPort;
    final int httpsPort;
    final Path dataDir;
    final Path log;
    private final PackagedJar process;
    private final boolean ownsDatabase;

    private final String ownDbUrl;
    private final Path masterKey;

    private ServiceProcess(Map<String, String> extraEnv, ServiceProcess sibling) throws Exception {
        this(extraEnv, sibling, true);
    }

    private ServiceProcess(Map<String, String> extraEnv, ServiceProcess sibling, boolean await) throws Exception {
        ownDbUrl = extraEnv.containsKey("KMS_DB_URL") ? extraEnv.get("KMS_DB_URL")
                : sibling != null ? sibling.ownDbUrl : null;
        ownsDatabase = sibling == null && !extraEnv.containsKey("KMS_DB_URL");
        database = sibling != null ? sibling.database
                : TestRun.databaseName("kms_st");
        httpPort = PackagedJar.freePort();
        httpsPort = PackagedJar.freePort();
        dataDir = TestRun.temporaryFolder("system");
        log = dataDir.resolve("service.log");
        Map<String, String> env = new HashMap<>();
        env.put("KMS_DB_URL", ownDbUrl != null ? ownDbUrl : dbUrl());
        if (ownDbUrl == null) {   // the tests' server; a test that brings its own gives its login too
            env.put("KMS_DB_USER", PG.user());
            env.put("KMS_DB_PASSWORD", PG.password());
        }
        env.put("KMS_HTTP_PORT", String.valueOf(httpPort));
        env.put("KMS_HTTPS_PORT", String.valueOf(httpsPort));
        env.put("KMS_DATA_DIR", dataDir.toString());
        env.put("KMS_ROOT_ACCESS_KEY_ID", ACCESS_KEY_ID);
        env.put("KMS_ROOT_ACCESS_KEY_SECRET", ACCESS_KEY_SECRET);
        masterKey = sibling != null ? sibling.masterKey : dataDir.resolve("master.key");
        env.put("KMS_MASTER_KEY_FILE", masterKey.toString());
        env.putAll(extraEnv);
        if (sibling != null && sibling.ownDbUrl != null) {
            sibling.environment.forEach(env::putIfAbsent);
        }
        environment = Map.copyOf(env);
        List<String> options = new ArrayList<>(List.of("-Xmx256m", TestRun.processMarker()));
        options.addAll(LIGHT_JIT);
        try {
            if (ownsDatabase && ownDbUrl == null) {
                SchemaTemplate.copyTo(PG, database);
            }
            dump = ARCHIVE.undertake().orElse(null);
            options.addAll(dump != null ? dump.options() : ARCHIVE.options());
            process = PackagedJar.start(jar(), options, List.of(), env, dataDir, log.getFileName().toString());
        } catch (Exception e) {   // no process to stop: nothing else of this start may stay behind
            archiveWritten();
            PackagedJar.deleteFolder(dataDir);
            dropOwnDatabase();
            throw e;
        }
        if (await) {
            awaitHealthy();
        }
    }

    private Map<String, String> environment;
    /** Set while this service is the one that writes the run's class archive as it exits. */
    private ClassArchive.Dump dump;

    /** Starts a node beside {@code first} without waiting for it to become healthy (see {@link #awaitHealthy}). */
    static ServiceProcess launchBeside(ServiceProcess first, Map<String, String> env) throws Exception {
        return new ServiceProcess(env, first, false);
    }

    static ServiceProcess start() throws Exception {
        return start(Map.of());
    }

    static ServiceProcess start(Map<String, String> env) throws Exception {
        return onFreePorts(() -> new ServiceProcess(env, null));
    }

    /** A second node: same database and master key, its own ports; the first node drops the database. */
    static ServiceProcess startBeside(ServiceProcess first, Map<String, String> env) throws Exception {
        return onFreePorts(() -> new ServiceProcess(env, first));
    }

    interface Launch {
        ServiceProcess launch() throws Exception;
    }

    /**
     * A port found free can be taken by another process (another test JVM, a database server) before the service
     * binds it: then the service is started again on other ports, a few times at most.
     */
    private static ServiceProcess onFreePorts(Launch launch) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return launch.launch();
            } catch (PortTaken e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The service could not bind a port picked for it. */
    static final class PortTaken extends IllegalStateException {
        PortTaken(String message) {
            super(message);
        }
    }

    /**
     * The services and CLI runs of the tests stop at the C1 compiler and use the serial collector: on two cores,
     * C2 compiling for processes that live seconds is most of the suite's CPU. (The benchmark runs its own service
     * with production flags.)
     */
    private static final List<String> LIGHT_JIT = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static final ClassArchive ARCHIVE = archive();

    private static ClassArchive archive() {
        try {
            return ClassArchive.of(jar());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("kmsecrets.jar", "target/kmsecrets.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("package the service first: " + jar.toAbsolutePath());
        }
        return jar;
    }

    String dbUrl() {
        return PG.url(database);
    }

    Connection sql() throws SQLException {
        return DriverManager.getConnection(dbUrl(), PG.user(), PG.password());
    }

/** Every row of every table of this service's database, as text (bytea as hex), for canary checks. */
    String dumpEveryTable() throws Exception {
        StringBuilder dump = new StringBuilder();
        try (Connection c = sql()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("secrets", "secret_versions", "access_keys", "customer_keys");
            for (String table : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("select t::text from " + table + " t")) {
                    while (rs.next()) {
                        dump.append(table).append(' ').append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        return dump.toString();
    }

    String output() throws IOException {
        return process.output();
    }

    /** Runs an administration command ({@code user create alice}, ...) against this service's database and key. */
    String cli(String... args) throws Exception {
        Run run = admin(Map.of(), args);
        if (run.exit() != 0) {
            throw new IllegalStateException("kmsecrets " + String.join(" ", args) + " failed:\n" + run.text()
                    + run.errors());
        }
        return run.text();
    }

    /** As {@link #cli}, with further settings, whatever its exit code. */
    Run admin(Map<String, String> settings, String... args) throws Exception {
        return run(adminEnvironment(settings), new byte[0], args);
    }

    /** This service's database and master key, as an administration command gets them, with further settings. */
    private Map<String, String> adminEnvironment(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(Map.of("KMS_DB_URL", dbUrl(), "KMS_DB_USER", PG.user(),
                "KMS_DB_PASSWORD", PG.password(), "KMS_MASTER_KEY_FILE", dataDir.resolve("master.key").toString()));
        env.putAll(settings);
        return env;
    }

    /** What a command printed (standard output as bytes and as text, standard error) and its exit code. */
    record Run(int exit, byte[] output, String errors) {
        String text() {
            return new String(output, StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs the packaged jar's command line with {@code env} and {@code stdin}, and waits for it with a generous
     * bound. No {@code KMS_*} setting of this JVM's and no profile file of the machine's user reach it.
     */
    Run run(Map<String, String> env, byte[] stdin, String... args) throws Exception {
        Path errors = Files.createTempFile(dataDir, "cli", ".err");
        Process cli = launch(env, errors, args);
        try (var in = cli.getOutputStream()) {
            in.write(stdin);
        }
        byte[] output = cli.getInputStream().readAllBytes();
        boolean exited = cli.waitFor(Patience.of(Duration.ofSeconds(60)).toSeconds(), TimeUnit.SECONDS);
        if (!exited) {
            cli.destroyForcibly().waitFor();
            throw new IllegalStateException("kmsecrets " + String.join(" ", args) + " did not exit");
        }
        return new Run(cli.exitValue(), output, Files.readString(errors, StandardCharsets.UTF_8));
    }

    /**
     * Starts an administration command against this service's database with further settings and returns the
     * running process (standard output to read, standard error into a file of the data folder): the caller waits for
     * it or kills it, and destroys it in any case.
     */
    Process startAdmin(Map<String, String> settings, String... args) throws Exception {
        Process process = launch(adminEnvironment(settings), Files.createTempFile(dataDir, "admin", ".err"), args);
        process.getOutputStream().close();
        return process;
    }

    private Process launch(Map<String, String> env, Path errors, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), TestRun.processMarker()));
        command.addAll(LIGHT_JIT);
        command.addAll(ARCHIVE.options());
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile()).directory(dataDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("KMS_"));
        builder.environment().put("KMS_CONFIG_FILE", dataDir.resolve("client.config").toString());   // not ~'s
        builder.environment().putAll(env);
        return builder.start();
    }

    void awaitHealthy() throws Exception {
        try {
            process.awaitHealthy(httpPort, Patience.of(Duration.ofSeconds(60)));
        } catch (PackagedJar.NotHealthy e) {
            close();   // nothing of a failed start stays behind: process, data folder, database
            if (e.output().contains("Failed to bind")) {
                throw new PortTaken("the service could not bind its port:\n" + e.output());
            }
            throw e;
        }
    }

    /**
     * Stops the service with SIGTERM (graceful shutdown) and waits for it, keeping its log, data folder and database
     * for the test to inspect; {@link #close} still cleans up.
     */
    void stop() throws InterruptedException, IOException {
        process.stop(Patience.of(Duration.ofSeconds(20)));
        archiveWritten();
    }

    private void archiveWritten() throws IOException {
        if (dump != null) {
            dump.finish();
            dump = null;
        }
    }

    /**
     * Stops the service with SIGTERM (graceful shutdown), drops its database (the first node's, closed last) and
     * deletes its data folder.
     */
    @Override
    public void close() throws Exception {
        stop();
        PackagedJar.deleteFolder(dataDir);
        dropOwnDatabase();
    }

    private void dropOwnDatabase() throws SQLException {
        if (!ownsDatabase) {
            return;
        }
        try (Connection c = DriverManager.getConnection(PG.url("postgres"), PG.user(), PG.password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        }
    }

    /** kill -9: no shutdown hook, no graceful stop, transactions in flight die with their connections. */
    void kill() throws InterruptedException, IOException {
        process.kill();
        archiveWritten();
    }

    int exitCode() {
        return process.exitCode();
    }
}
