package kmsecrets.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import kmsecrets.testing.TestRun;

/**
 * The PostgreSQL server of the tests. {@code KMS_TEST_PG} (host:port; user {@code postgres}, the password in
 * {@code KMS_TEST_PG_PASSWORD}, empty by default) names one; without it, each test JVM starts the embedded server the
 * service itself uses without {@code KMS_DB_URL}, on first use, in a folder of the run, and stops it and deletes the
 * folder when the JVM exits. So {@code ./mvnw verify} needs no PostgreSQL on the machine.
 */
public final class TestPostgres {
    private static TestPostgres shared;

    private final String host;
    private final String password;

    private TestPostgres(String host, String password) {
        this.host = host;
        this.password = password;
    }

    public static synchronized TestPostgres server() {
        if (shared == null) {
            shared = configured() ? new TestPostgres(System.getenv("KMS_TEST_PG"),
                    System.getenv().getOrDefault("KMS_TEST_PG_PASSWORD", "")) : embedded();
        }
        return shared;
    }

    /** Whether KMS_TEST_PG names a server (shared by every test JVM of the run) rather than each JVM embedding one. */
    public static boolean configured() {
        String host = System.getenv("KMS_TEST_PG");
        return host != null && !host.isBlank();
    }

    private static TestPostgres embedded() {
        try {
            Path folder = TestRun.temporaryFolder("pg");
            EmbeddedPostgres server = EmbeddedPostgres.start(folder);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } finally {
                    delete(folder);
                }
            }, "test-postgres-stop"));
            return new TestPostgres("127.0.0.1:" + server.port(), server.password());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** host:port, as in {@code KMS_TEST_PG}. */
    public String host() {
        return host;
    }

    public String url(String database) {
        return "jdbc:postgresql://" + host + "/" + database;
    }

    public String user() {
        return "postgres";
    }

    public String password() {
        return password;
    }

    private static void delete(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the run's last check reports a folder left behind
        }
    }
}
