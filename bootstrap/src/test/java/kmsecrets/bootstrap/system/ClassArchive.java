package kmsecrets.bootstrap.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * A class-data archive (AppCDS) of the packaged jar, shared by every service and command the tests start: a JVM
 * mapping it loads the jar's classes without parsing and verifying them again, which saves about 0.7 s of CPU per
 * service start and 0.3 s per CLI run on this project's two-core machine, and the suite starts the jar a few hundred
 * times.
 *
 * <p>The first service started by any test JVM of the run dumps the archive when it exits (the JDK's
 * {@code -XX:ArchiveClassesAtExit}); it is then moved into place next to the jar, so a JVM never maps a half-written
 * archive. Its name carries the jar's size and time, so a rebuilt jar never meets an archive of another build. Until
 * it exists, JVMs start without one, exactly as before; a JVM that cannot use it says nothing and loads the classes
 * itself. Only speed depends on it, never a result.
 */
final class ClassArchive {
    private final Path archive;

    private ClassArchive(Path archive) {
        this.archive = archive;
    }

    /** The archive of the packaged jar (which may not exist yet). */
    static ClassArchive of(Path jar) throws IOException {
        String stamp = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
        return new ClassArchive(jar.resolveSibling(jar.getFileName().toString().replace(".jar", "") + "-" + stamp
                + ".jsa"));
    }

    /** JVM options for a command or a service: map the archive when there is one; never a word about it. */
    List<String> options() {
        return Files.exists(archive) ? List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off")
                : List.of("-Xlog:cds*=off");
    }

    /**
     * For a service about to start: when there is no archive yet and no other JVM of the run has undertaken to make
     * it, this one does: the returned dump is passed to the service and {@link Dump#finish finished} once it exited.
     */
    Optional<Dump> undertake() {
        if (Files.exists(archive)) {
            return Optional.empty();
        }
        Path claim = archive.resolveSibling(archive.getFileName() + ".claim");
        try {
            Files.createFile(claim);
        } catch (IOException taken) {   // FileAlreadyExistsException: another JVM of the run makes it
            return Optional.empty();
        }
        Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        forgetEarlierBuilds();
        return Optional.of(new Dump(claim, partial));
    }

    /** The archives of jars built before this one (a developer's tree keeps its target folder between builds). */
    private void forgetEarlierBuilds() {
        String prefix = archive.getFileName().toString().replaceAll("-\\d+-\\d+\\.jsa$", "-");
        try (var siblings = Files.list(archive.getParent())) {
            for (Path old : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".jsa") && !p.equals(archive)).toList()) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // only disk space depends on it
        }
    }

    /** An archive a service writes as it exits. */
    final class Dump {
        private final Path claim;
        private final Path partial;

        private Dump(Path claim, Path partial) {
            this.claim = claim;
            this.partial = partial;
        }

        List<String> options() {
            return List.of("-XX:ArchiveClassesAtExit=" + partial, "-Xlog:cds*=off");
        }

        /**
         * After the service exited: the archive goes into place; a service that was killed wrote none, and then the
         * claim is given up so that another start makes it.
         */
        void finish() throws IOException {
            if (Files.exists(partial)) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(claim);
        }
    }
}
