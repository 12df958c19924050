package kmsecrets.adapter.database;

import kmsecrets.testing.TestRun;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileSystems;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import kmsecrets.adapter.persistence.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server that checks passwords (scram-sha-256), started from this machine's PostgreSQL
 * installation in a temporary directory on a free port, once per test JVM, stopped and deleted on exit.
 * <p>
 * Why not the PostgreSQL the machine runs: it trusts every connection from 127.0.0.1 (pg_hba "trust"), so a login
 * there proves nothing about a password. As root, the server runs as the {@code postgres} user (initdb refuses
 * root), or as {@code nobody} where there is no such user. The programs are the embedded PostgreSQL's (the
 * version the service bundles, on every machine), unpacked once per test JVM, or those of the directory
 * {@code KMS_TEST_PG_BIN} names.
 */
public final class ScramPostgres {
    private static ScramPostgres shared;

    public final int port;
    public final String superuserPassword = "Super-" + UUID.randomUUID();
    private final Path dir;
    private final Path bin;

    private ScramPostgres() throws Exception {
        bin = binaries();
        dir = TestRun.temporaryFolder("scram-pg");
        Path pwfile = dir.resolve("pwfile");
        Files.writeString(pwfile, superuserPassword + "\n", StandardCharsets.UTF_8);
        handOver(dir);
        handOver(pwfile);
        port = freePort();
        run(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                "--auth=scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--no-sync", "--no-instructions");
        startServer();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    /** A server of the caller's own (to stop and start at will); {@link #close} stops and deletes it. */
    public static ScramPostgres startPrivate() {
        try {
            return new ScramPostgres();
        } catch (Exception e) {
            throw new IllegalStateException("could not start a private PostgreSQL server", e);
        }
    }

    /** Stops the server (fast shutdown: sessions are disconnected), keeping its data. */
    public void stopServer() throws Exception {
        run(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
    }

    /** Starts the stopped server again on the same port, with the same data. */
    public void startServer() throws Exception {
        run(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir
                        + " -c fsync=off -c max_connections=200", "start");
    }

    /** Stops the server and deletes its directory. */
    public void close() {
        stop();
    }

    /** The server of this JVM, started on first use. */
    public static synchronized ScramPostgres shared() {
        if (shared == null) {
            try {
                shared = new ScramPostgres();
            } catch (Exception e) {
                throw new IllegalStateException("could not start a private PostgreSQL server", e);
            }
        }
        return shared;
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Connection superuser() throws SQLException {
        return DriverManager.getConnection(url("postgres"), "postgres", superuserPassword);
    }

    /** A login role with that password (and, with {@code createRole}, the right to change others' passwords). */
    public void createRole(String name, String password, boolean createRole) {
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            s.execute("create role \"" + name + "\" login " + (createRole ? "createrole " : "") + "password '"
                    + password.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A login role that {@code administrator} may manage, as an operator sets it up: since PostgreSQL 16, CREATEROLE
     * reaches only roles its holder has ADMIN OPTION on.
     */
    public void createManagedRole(String name, String password, String administrator) {
        createRole(name, password, false);
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            s.execute("grant \"" + name + "\" to \"" + administrator + "\" with admin option");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void setPassword(String role, String password) {
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            s.execute("alter role \"" + role + "\" password '" + password.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the role logs in with that password. */
    public boolean logsIn(String role, String password) {
        try (Connection ignored = DriverManager.getConnection(url("postgres"), role, password)) {
            return true;
        } catch (SQLException e) {
            if ("28P01".equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("login failed for another reason: " + e.getSQLState(), e);
        }
    }

    private synchronized void stop() {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            run(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w",
                    "stop");
        } catch (Exception ignored) {
            // the JVM is exiting; the directory goes either way
        }
        delete(dir);
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void handOver(Path path) throws IOException {
        if (root()) {
            UserPrincipal postgres = path.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(SERVER_USER);
            Files.setOwner(path, postgres);
        }
    }

    private static void run(String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if (root()) {
            full.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
        }
        full.addAll(List.of(command));
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
        }
    }

    private static Path binaries() throws IOException {
        String configured = System.getenv("KMS_TEST_PG_BIN");
        return configured != null && !configured.isBlank() ? Path.of(configured) : embeddedPrograms();
    }

    private static Path embeddedPrograms;

    /** The embedded PostgreSQL's programs, unpacked once for this JVM, deleted when it exits. */
    private static synchronized Path embeddedPrograms() throws IOException {
        if (embeddedPrograms == null) {
            Path folder = TestRun.temporaryFolder("pg-programs");
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));   // for SERVER_USER
            embeddedPrograms = EmbeddedPostgres.programs(folder);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
        }
        return embeddedPrograms;
    }

    /** Who runs the server when this JVM is root: postgres where it exists, else nobody. */
    private static final String SERVER_USER = userExists("postgres") ? "postgres" : "nobody";

    private static boolean userExists(String name) {
        try {
            FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(name);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
