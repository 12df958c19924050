package kmsecrets.bootstrap.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;
import kmsecrets.bootstrap.bench.LoadGenerator.Result;

/**
 * One benchmark run: start the service, seed secrets through the API (10,000 by default), warm up, then each
 * scenario and each baseline in turn, all on this machine and in this run, so that the ratios compare like with
 * like. The scenarios and the generator's own ceiling are measured by wrk replaying requests signed in advance;
 * the fixed-rate latencies by an open loop.
 */
public final class Bench {
    /** GetSecretValue throughput and latency over this many connections, each for half a scenario's time. */
    static final int[] SCALING_CONNECTIONS = {1, 4, 16, 64, 256};
    /** ListSecrets is an operator's or a console's call, not an application's: measured over a few connections. */
    static final int LIST_CONNECTIONS = 4;

    private final Settings settings;
    private final PrintWriter out;

    private double fastestSoFar;

    public Bench(Settings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    static String secretName(int i) {
        return "bench/secret-" + i;
    }

    public BenchReport run() throws Exception {
        try (Wrk wrk = Wrk.locate();
             ServiceUnderTest service = ServiceUnderTest.start(settings.jar(), settings.dbUrl(), settings.dbUser(),
                settings.dbPassword(), settings.poolSize());
             LoadGenerator load = new LoadGenerator();
             JdbcBaselines jdbc = new JdbcBaselines(service.dbUrl, service.dbUser, service.dbPassword,
                     service.poolSize)) {
            RequestSigner signer = new RequestSigner(service.host(), ServiceUnderTest.ACCESS_KEY_ID, service.secret);
            int connections = settings.connections();
            Duration duration = settings.duration();
            String value = "x".repeat(64);

            progress("seeding " + settings.seeded() + " secrets");
            Result seeded = load.run("seed", connections, Duration.ofMinutes(5), settings.seeded(),
                    n -> signer.rpc(Map.of("Action", "CreateSecret", "SecretName", secretName((int) n),
                            "VersionId", "v0", "SecretData", value)));
            if (seeded.errors() > 0) {
                throw new IllegalStateException(seeded.errors() + " seeding requests failed: " + service.log());
            }
            progress("warming up for " + settings.warmup().toSeconds() + " s");
            replay(wrk, "warm-up", service, connections, settings.warmup(), n -> n % 2 == 0
                    ? signer.rpcLine(Map.of("Action", "GetSecretValue", "SecretName", randomSecret()))
                    : signer.acs3Line("GetSecretValue", Map.of("SecretName", randomSecret())));

            List<Result> scenarios = new ArrayList<>();
            progress("GetSecretValue (HMAC-SHA1)");
            scenarios.add(replay(wrk, "GetSecretValue", service, connections, duration,
                    n -> signer.rpcLine(Map.of("Action", "GetSecretValue", "SecretName", randomSecret()))));
            progress("GetSecretValue (ACS3-HMAC-SHA256)");
            scenarios.add(replay(wrk, "GetSecretValue-ACS3", service, connections, duration,
                    n -> signer.acs3Line("GetSecretValue", Map.of("SecretName", randomSecret()))));
            progress("CreateSecret");
            scenarios.add(replay(wrk, "CreateSecret", service, connections, duration,
                    n -> signer.rpcLine(Map.of("Action", "CreateSecret", "SecretName", "bench/created-" + n,
                            "VersionId", "v0", "SecretData", value))));
            progress("PutSecretValue");
            scenarios.add(replay(wrk, "PutSecretValue", service, connections, duration,
                    n -> signer.rpcLine(Map.of("Action", "PutSecretValue", "SecretName", randomSecret(),
                            "VersionId", "p" + n, "SecretData", value))));

            List<Result> scaling = new ArrayList<>();
            Duration step = Duration.ofSeconds(Math.max(1, duration.toSeconds() / 2));
            for (int c : SCALING_CONNECTIONS) {
                progress("GetSecretValue over " + c + " connection" + (c == 1 ? "" : "s"));
                scaling.add(replay(wrk, "GetSecretValue", service, c, step,
                        n -> signer.rpcLine(Map.of("Action", "GetSecretValue", "SecretName", randomSecret()))));
            }

            double fastest = scenarios.get(0).rps();
            List<Result> fixedRate = new ArrayList<>();
            for (double share : new double[] {0.5, 0.8}) {
                double rate = Math.max(1, fastest * share);
                progress(String.format("GetSecretValue at a fixed %.0f req/s (%.0f%% of the maximum)", rate,
                        share * 100));
                List<String> requests = new ArrayList<>();
                for (long n = 0, count = Math.round(rate * (1 + duration.toSeconds())); n < count; n++) {
                    requests.add(signer.rpcLine(Map.of("Action", "GetSecretValue", "SecretName", randomSecret())));
                }
                fixedRate.add(new OpenLoop(service.host(), 4 * connections).run(
                        String.format("GetSecretValue@%.0f%%", share * 100), rate, requests));
            }

            progress("generator ceiling: wrk on /health of the same server");
            Result health = wrk.repeat("health", service.host(), connections, duration, "/health");
            String account = jdbc.accountId();
            progress("baseline: JDBC indexed SELECT, " + service.poolSize + " connections");
            double select = jdbc.selectTps(duration, account, settings.seeded());
            progress("baseline: JDBC CreateSecret inserts in one transaction, " + service.poolSize + " connections");
            double write = jdbc.writeTps(duration, account);

            // last: a million secrets would change every figure above
            List<BenchReport.SecretCount> counts = new ArrayList<>();
            try (BulkSeed bulk = new BulkSeed(service, account)) {
                int present = settings.seeded();
                for (int count : settings.secretCounts().stream().sorted().distinct().toList()) {
                    double seedSeconds = 0;
                    if (count > present) {
                        progress(String.format("loading secrets %,d to %,d in bulk", present, count));
                        long started = System.nanoTime();
                        bulk.add(present, count, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        seedSeconds = (System.nanoTime() - started) / 1e9;
                        present = count;
                    }
                    int among = present;
                    progress(String.format("GetSecretValue and ListSecrets with %,d secrets", among));
                    Result get = replay(wrk, "GetSecretValue", service, connections, step, n -> signer.rpcLine(
                            Map.of("Action", "GetSecretValue", "SecretName", secretName(
                                    ThreadLocalRandom.current().nextInt(among)))));
                    Result list = replay(wrk, "ListSecrets", service, LIST_CONNECTIONS, step, n -> signer.rpcLine(
                            Map.of("Action", "ListSecrets", "PageNumber", "1", "PageSize", "20", "Filters",
                                    "[{\"Key\":\"SecretName\",\"Values\":[\"" + secretName(
                                            ThreadLocalRandom.current().nextInt(among)) + "\"]}]")));
                    counts.add(new BenchReport.SecretCount(among, seedSeconds, get, list));
                }
            }
            return new BenchReport(BenchReport.Machine.current(), scenarios, fixedRate, scaling, health.rps(), select,
                    write, counts, service.auditSize(), service.maxHeapUsedMib(),
                    ServiceUnderTest.HEAP_MIB);
        }
    }

    /**
     * Requests signed in advance for a wrk run of {@code duration}, each accepted once: enough for
     * {@code settings.presignRate()} requests a second, or for twice the fastest run so far if that is more (a run
     * over more connections may outpace the scenario at the configured ones; one that outpaces its supply fails with
     * {@link Wrk.SupplyExhausted}).
     */
    private Result replay(Wrk wrk, String name, ServiceUnderTest service, int connections, Duration duration,
                          LongFunction<String> request) throws IOException, InterruptedException {
        Result result = wrk.run(name, service.host(), connections, duration, signed(duration, request));
        fastestSoFar = Math.max(fastestSoFar, result.rps());
        return result;
    }

    private List<String> signed(Duration duration, LongFunction<String> request) {
        double rate = Math.max(settings.presignRate(), 2 * fastestSoFar);
        long count = Math.max(1, duration.toSeconds()) * (long) Math.ceil(rate);
        List<String> lines = new ArrayList<>((int) count);
        for (long n = 0; n < count; n++) {
            lines.add(request.apply(n));
        }
        return lines;
    }

    private String randomSecret() {
        return secretName(ThreadLocalRandom.current().nextInt(settings.seeded()));
    }

    private void progress(String step) {
        out.println("... " + step);
        out.flush();
    }

    /** What one run needs. */
    public record Settings(Path jar, String dbUrl, String dbUser, String dbPassword, int poolSize, int connections,
                           Duration duration, Duration warmup, int presignRate, int seeded,
                           List<Integer> secretCounts) {
        public Settings {
            if (seeded < 1 || seeded > 1_000_000) {
                throw new IllegalArgumentException("--seeded: between 1 and 1000000, not " + seeded);
            }
            for (int count : secretCounts) {
                if (count < seeded || count > 10_000_000) {
                    throw new IllegalArgumentException("--secret-counts: each count is between " + seeded
                            + " (the secrets this run seeds) and 10000000, not " + count);
                }
            }
            secretCounts = List.copyOf(secretCounts);
        }
    }
}
