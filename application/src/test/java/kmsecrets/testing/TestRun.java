package kmsecrets.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * Names for what a test run leaves on the machine while it runs (databases, temporary folders, service processes),
 * each carrying the run's id so that the check at the end of {@code ./mvnw verify} ({@code NothingLeftBehindCheck})
 * finds whatever a failed test did not clean up, and nothing of another run on the same machine.
 */
public final class TestRun {
    /** The build's id: Maven passes {@code -Dkmsecrets.run}; a test started on its own is run "dev". */
    public static final String ID = System.getProperty("kmsecrets.run", "dev").toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]", "");

    private TestRun() {
    }

    /** A fresh database name: {@code <prefix>_<run>_<random>}, within PostgreSQL's 63 characters. */
    public static String databaseName(String prefix) {
        return prefix + "_" + ID + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A fresh temporary folder {@code kmsecrets-<run>-<what>...}. */
    public static Path temporaryFolder(String what) throws IOException {
        return Files.createTempDirectory(folderPrefix() + what + "-");
    }

    public static String folderPrefix() {
        return "kmsecrets-" + ID + "-";
    }

    /** The JVM option that marks a process this run started. */
    public static String processMarker() {
        return "-Dkmsecrets.run=" + ID;
    }
}
