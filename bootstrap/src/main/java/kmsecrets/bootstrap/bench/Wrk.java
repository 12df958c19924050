package kmsecrets.bootstrap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kmsecrets.bootstrap.bench.LoadGenerator.Result;
import kmsecrets.bootstrap.launch.PackagedJar;

/**
 * The load generator of the measured scenarios: wrk (a C program, Debian package {@code wrk}) replaying requests
 * signed in advance, so a request costs the generator a few microseconds and no signing. Closed loop: each
 * connection sends its next request when the reply arrives. Latency percentiles are wrk's own histogram.
 */
final class Wrk implements AutoCloseable {
    static final String INSTALL_HINT = "the benchmark drives the service with wrk, which is not on the PATH: install "
            + "it (Debian/Ubuntu: apt-get install wrk) and run the benchmark again";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path executable;
    private final Path folder;
    private final Path script;
    private final int threads;

    private Wrk(Path executable, int threads) throws IOException {
        this.executable = executable;
        this.threads = threads;
        this.folder = Files.createTempDirectory("kmsecrets-" + ServiceUnderTest.RUN.map(run -> run + "-").orElse("")
                + "wrk");
        this.script = folder.resolve("replay.lua");
        try (InputStream lua = Wrk.class.getResourceAsStream("/bench/replay.lua")) {
            Files.write(script, lua.readAllBytes());
        }
    }

    /** wrk from the PATH, with one thread per core; a clear message when it is missing. */
    static Wrk locate() throws IOException {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "wrk");
            if (Files.isExecutable(candidate)) {
                return new Wrk(candidate, Math.max(1, Runtime.getRuntime().availableProcessors()));
            }
        }
        throw new MissingTool(INSTALL_HINT);
    }

    /** wrk is needed and missing. */
    static final class MissingTool extends IllegalStateException {
        MissingTool(String message) {
            super(message);
        }
    }

    /** A run sent more requests than were signed for it. */
    static final class SupplyExhausted extends IllegalStateException {
        SupplyExhausted(String message) {
            super(message);
        }
    }

    /**
     * Replays {@code requests} (each a path with its query, optionally followed by tab-separated "Name: value"
     * headers, each accepted once) over {@code connections} connections to {@code host} for {@code duration}.
     *
     * @throws SupplyExhausted when the run outpaced the supply, so its figures would count the service's refusals of
     *         repeated nonces as if they were its errors
     */
    Result run(String name, String host, int connections, Duration duration, List<String> requests)
            throws IOException, InterruptedException {
        JsonNode figures = wrk(name, host, connections, duration, requests);
        long replayed = figures.get("replayed").asLong();
        if (replayed > 0) {
            throw new SupplyExhausted(String.format("%s over %d connections ran out of the %d requests signed in "
                    + "advance (%d sent again); raise --presign-rate", name, connections, requests.size(),
                    replayed));
        }
        return result(name, connections, figures);
    }

    /** Sends the same request, one that may be repeated (no signature, no nonce), for {@code duration}. */
    Result repeat(String name, String host, int connections, Duration duration, String path)
            throws IOException, InterruptedException {
        return result(name, connections, wrk(name, host, connections, duration, List.of(path)));
    }

    private JsonNode wrk(String name, String host, int connections, Duration duration, List<String> requests)
            throws IOException, InterruptedException {
        Path file = folder.resolve(name + ".requests");
        Files.write(file, requests, StandardCharsets.UTF_8);
        try {
            int wrkThreads = Math.min(threads, connections);
            List<String> command = new ArrayList<>(List.of(executable.toString(), "-t", String.valueOf(wrkThreads),
                    "-c", String.valueOf(connections), "-d", Math.max(1, duration.toSeconds()) + "s",
                    "--timeout", "10s", "-s", script.toString(), "http://" + host, "--", file.toString(),
                    String.valueOf(wrkThreads)));
            Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
                wrk.destroyForcibly().waitFor();
                throw new IllegalStateException("wrk did not finish: " + output);
            }
            Optional<String> line = output.lines().filter(l -> l.startsWith("WRK ")).findFirst();
            if (wrk.exitValue() != 0 || line.isEmpty()) {
                throw new IllegalStateException("wrk failed (exit " + wrk.exitValue() + "): " + output);
            }
            return JSON.readTree(line.get().substring(4));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Result result(String name, int connections, JsonNode figures) {
        long done = figures.get("requests").asLong();
        double seconds = figures.get("duration_us").asLong() / 1e6;
        long errors = figures.get("connect_errors").asLong() + figures.get("read_errors").asLong()
                + figures.get("write_errors").asLong() + figures.get("status_errors").asLong()
                + figures.get("timeouts").asLong();
        return new Result(name, connections, done / seconds, figures.get("p50_us").asLong() / 1e3,
                figures.get("p99_us").asLong() / 1e3, figures.get("p999_us").asLong() / 1e3, errors, done);
    }

    @Override
    public void close() throws IOException {
        PackagedJar.deleteFolder(folder);
    }
}
