package kmsecrets.bootstrap.launch;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar in a process of its own: started in a working folder with its output in a log file there,
 * waited for until {@code /health} answers 200, stopped with SIGTERM (then SIGKILL if it does not stop in time).
 * A start that fails leaves no process behind.
 */
public final class PackagedJar implements AutoCloseable {
    private final Process process;
    private final Path log;

    private PackagedJar(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** {@code java <jvmOptions> -jar <jar> <arguments>} in {@code folder}, output to {@code folder/<logName>}. */
    public static PackagedJar start(Path jar, List<String> jvmOptions, List<String> arguments, Map<String, String> env,
                                    Path folder, String logName) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        Path log = folder.resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(folder.toFile());
        builder.environment().putAll(env);
        return new PackagedJar(builder.start(), log);
    }

    /** Why the service is not healthy: it exited, or the bound passed. The process is stopped before this is thrown. */
    public static final class NotHealthy extends IllegalStateException {
        private final String output;

        NotHealthy(String message, String output) {
            super(message + ":\n" + output);
            this.output = output;
        }

        public String output() {
            return output;
        }
    }

    /** Polls {@code http://127.0.0.1:<port>/health} until it answers 200; a hang ends after {@code bound}. */
    public void awaitHealthy(int httpPort, Duration bound) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new NotHealthy("the service exited on start", output());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + httpPort + "/health")
                        .toURL().openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        stop(Duration.ofSeconds(20));
        throw new NotHealthy("the service did not become healthy within " + bound, output());
    }

    /** SIGTERM (a graceful stop: requests and job runs in flight finish), then SIGKILL after {@code grace}. */
    public void stop(Duration grace) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** kill -9: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public int exitCode() {
        return process.exitValue();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(20));
    }

    /** A port nobody listens on now (another process may still take it before the service binds it). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Deletes a folder and everything in it (a service's data folder holds its master key). */
    public static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
