package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kmsecrets.adapter.persistence.TestPostgres;
import kmsecrets.testing.TestRun;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test of {@code ./mvnw verify} (its own Failsafe stage, which runs whether or not the tests
 * before it passed): no process, database or temporary folder of this run may remain. Whatever it finds it also
 * removes, so that a failed run does not leave the shared machine dirty, and then it fails, naming each leftover.
 * Everything a test creates carries the run's id ({@link TestRun}), so another run on the machine is left alone.
 */
class NothingLeftBehindCheck {

    @Test
    void noProcessDatabaseOrFolderOfThisRunRemains() throws Exception {
        assumeFalse(TestRun.ID.equals("dev"), "only a Maven run has an id to look for");
        List<String> leftovers = new ArrayList<>();
        leftovers.addAll(processes());
        leftovers.addAll(folders());
        leftovers.addAll(databases());
        assertThat(leftovers).as("left behind by run " + TestRun.ID + " (now removed)").isEmpty();
    }

    private static List<String> processes() {
        // this JVM and the build that started it carry the run's id too
        java.util.Set<Long> build = new java.util.HashSet<>();
        for (Optional<ProcessHandle> p = Optional.of(ProcessHandle.current()); p.isPresent(); p = p.get().parent()) {
            build.add(p.get().pid());
        }
        List<ProcessHandle> ours = ProcessHandle.allProcesses().filter(p -> !build.contains(p.pid()))
                .filter(p -> p.info().commandLine().map(line -> line.contains(TestRun.processMarker())
                        || line.contains(TestRun.folderPrefix())).orElse(false)).toList();
        List<String> found = new ArrayList<>();
        for (ProcessHandle p : ours) {
            found.add("process " + p.pid() + ": " + p.info().commandLine().orElse("?"));
            p.destroyForcibly();
        }
        return found;
    }

    private static List<String> folders() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(tmp)) {
            for (Path dir : entries.filter(p -> p.getFileName().toString().startsWith(TestRun.folderPrefix()))
                    .toList()) {
                boolean key = Files.exists(dir.resolve("master.key"));
                found.add("folder " + dir + (key ? " (holding master.key)" : ""));
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
        return found;
    }

    private static List<String> databases() throws Exception {
        List<String> found = new ArrayList<>();
        if (!TestPostgres.configured()) {
            return found;   // each test JVM's embedded server, and every database in it, ended with that JVM
        }
        TestPostgres server = TestPostgres.server();
        SchemaTemplate.drop(server);   // the run's shared template lives until this check, by design
        try (Connection c = DriverManager.getConnection(server.url("postgres"), server.user(), server.password());
             Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select datname from pg_database where datname like '%\\_"
                    + TestRun.ID + "\\_%'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                found.add("database " + name);
                s.execute("drop database if exists " + name + " with (force)");
            }
        }
        return found;
    }
}
