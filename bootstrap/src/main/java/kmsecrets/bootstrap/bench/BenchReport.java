package kmsecrets.bootstrap.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kmsecrets.bootstrap.bench.LoadGenerator.Result;

/**
 * The figures of one run, as a console table and as JSON. ceiling = 1 / (1/health_rps + 1/jdbc_select_tps): server
 * and database share the cores, so a request costs at least the HTTP round trip plus the indexed read.
 */
@JsonPropertyOrder({"machine", "generator", "scenarios", "fixed_rate", "scaling", "secret_counts", "baselines", "ratios",
        "audit", "heap"})
public record BenchReport(@JsonProperty("machine") Machine machine,
                          @JsonProperty("generator") Generator generator,
                          @JsonProperty("scenarios") List<Scenario> scenarios,
                          @JsonProperty("fixed_rate") List<Scenario> fixedRate,
                          @JsonProperty("scaling") List<Scenario> scaling,
                          @JsonProperty("secret_counts") List<SecretCount> secretCounts,
                          @JsonProperty("baselines") Map<String, Double> baselines,
                          @JsonProperty("ratios") Map<String, Double> ratios,
                          @JsonProperty("audit") Audit audit,
                          @JsonProperty("heap") Map<String, Long> heap) {
    /** Below this multiple of the fastest scenario the generator measures itself, and ratios would mislead. */
    static final double GENERATOR_HEADROOM = 3.0;

    BenchReport(Machine machine, List<Result> results, List<Result> fixedRate, List<Result> scaling, double health,
                double select, double write, List<SecretCount> secretCounts, Audit audit, long heapUsedMib,
                long heapLimitMib) {
        this(machine, Generator.of(health, results), results.stream().map(Scenario::of).toList(),
                fixedRate.stream().map(Scenario::of).toList(), scaling.stream().map(Scenario::of).toList(),
                secretCounts, baselines(health, select, write),
                Generator.of(health, results).valid() ? ratios(results, health, select, write) : Map.of(), audit,
                Map.of("max_used_mib", heapUsedMib, "limit_mib", heapLimitMib));
    }

    /** GetSecretValue and ListSecrets (page 1, a name filter) with this many secrets in the account. */
    @JsonPropertyOrder({"secrets", "seed_seconds", "get", "list"})
    public record SecretCount(@JsonProperty("secrets") int secrets, @JsonProperty("seed_seconds") double seedSeconds,
                              @JsonProperty("get") Scenario get, @JsonProperty("list") Scenario list) {
        SecretCount(int secrets, double seedSeconds, Result get, Result list) {
            this(secrets, round(seedSeconds), Scenario.of(get), Scenario.of(list));
        }
    }

    /**
     * The audit trail at the end of the run (one event per request of every scenario): its size in the database,
     * table and indexes, and what a million requests add.
     */
    @JsonPropertyOrder({"events", "bytes", "bytes_per_event", "mib_per_million_requests"})
    public record Audit(@JsonProperty("events") long events, @JsonProperty("bytes") long bytes) {
        @JsonProperty("bytes_per_event")
        public double bytesPerEvent() {
            return events == 0 ? 0 : round((double) bytes / events);
        }

        @JsonProperty("mib_per_million_requests")
        public double mibPerMillionRequests() {
            return round(bytesPerEvent() * 1e6 / (1024 * 1024));
        }
    }

    /**
     * The load generator's own ceiling (wrk on /health of the same server) against the fastest scenario: ratios are
     * reported only when the generator could go at least {@link #GENERATOR_HEADROOM} times faster than it did.
     */
    @JsonPropertyOrder({"tool", "ceiling_rps", "fastest_scenario_rps", "valid"})
    public record Generator(@JsonProperty("tool") String tool, @JsonProperty("ceiling_rps") double ceilingRps,
                            @JsonProperty("fastest_scenario_rps") double fastestRps,
                            @JsonProperty("valid") boolean valid) {
        static Generator of(double health, List<Result> results) {
            double fastest = results.stream().mapToDouble(Result::rps).max().orElse(0);
            return new Generator("wrk, requests signed in advance", round(health), round(fastest),
                    health >= GENERATOR_HEADROOM * fastest);
        }
    }

    private static Map<String, Double> baselines(double health, double select, double write) {
        Map<String, Double> b = new LinkedHashMap<>();
        b.put("health_rps", round(health));
        b.put("jdbc_select_tps", round(select));
        b.put("jdbc_write_tps", round(write));
        return b;
    }

    private static Map<String, Double> ratios(List<Result> results, double health, double select, double write) {
        double ceiling = 1 / (1 / health + 1 / select);
        Map<String, Double> r = new LinkedHashMap<>();
        r.put("get_vs_ceiling", round2(rps(results, "GetSecretValue") / ceiling));
        r.put("get_acs3_vs_ceiling", round2(rps(results, "GetSecretValue-ACS3") / ceiling));
        r.put("create_vs_write_ceiling", round2(rps(results, "CreateSecret") / write));
        r.put("put_vs_write_ceiling", round2(rps(results, "PutSecretValue") / write));
        return r;
    }

    private static double rps(List<Result> results, String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().rps();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    void printTable(PrintWriter out) {
        out.printf("%n%-22s %6s %10s %9s %9s %9s %7s%n", "scenario", "conns", "req/s", "p50 ms", "p99 ms", "p99.9 ms",
                "errors");
        scenarios.forEach(s -> row(out, s.name(), String.valueOf(s.connections()), s));
        out.printf("%nfixed offered rate (open loop; latency from when each request was due):%n");
        fixedRate.forEach(s -> row(out, s.name(), "-", s));
        out.printf("%nGetSecretValue by connections:%n");
        scaling.forEach(s -> row(out, s.name(), String.valueOf(s.connections()), s));
        out.printf("%nwith more secrets in the account (GetSecretValue over %d connections, ListSecrets page 1 with a "
                + "name filter over %d):%n", scenarios.get(0).connections(), Bench.LIST_CONNECTIONS);
        for (SecretCount c : secretCounts) {
            row(out, String.format("Get, %,d", c.secrets()), String.valueOf(c.get().connections()), c.get());
            row(out, String.format("List, %,d", c.secrets()), String.valueOf(c.list().connections()), c.list());
        }
        out.printf("%ngenerator: %s%n", generator);
        if (!generator.valid()) {
            out.printf("ratios withheld: the generator's own ceiling (%.0f req/s) is below %.0fx the fastest scenario "
                    + "(%.0f req/s), so the scenarios may measure the generator%n", generator.ceilingRps(),
                    GENERATOR_HEADROOM, generator.fastestRps());
        }
        out.printf("baselines: %s%nratios:    %s%naudit:     %,d events, %,d bytes, %.0f bytes an event, %.0f MiB a "
                + "million requests%nheap:      %s%n", baselines, ratios, audit.events(), audit.bytes(),
                audit.bytesPerEvent(), audit.mibPerMillionRequests(), heap);
        out.flush();
    }

    private static void row(PrintWriter out, String name, String connections, Scenario s) {
        out.printf("%-22s %6s %10.1f %9.2f %9.2f %9.2f %7d%n", name, connections, s.rps(), s.p50Ms(), s.p99Ms(),
                s.p999Ms(), s.errors());
    }

    /** The figures as JSON, and the scaling chart as SVG beside it (bench.json, bench.svg); returns the chart. */
    Path write(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
        String name = file.getFileName().toString();
        Path chart = file.resolveSibling((name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name)
                + ".svg");
        java.nio.file.Files.writeString(chart, ScalingChart.svg(scaling), java.nio.charset.StandardCharsets.UTF_8);
        return chart;
    }

    @JsonPropertyOrder({"name", "connections", "rps", "p50_ms", "p99_ms", "p999_ms", "errors"})
    public record Scenario(@JsonProperty("name") String name, @JsonProperty("connections") int connections,
                           @JsonProperty("rps") double rps, @JsonProperty("p50_ms") double p50Ms,
                           @JsonProperty("p99_ms") double p99Ms, @JsonProperty("p999_ms") double p999Ms,
                           @JsonProperty("errors") long errors) {
        static Scenario of(Result r) {
            return new Scenario(r.name(), r.connections(), round(r.rps()), round2(r.p50Millis()), round2(r.p99Millis()),
                    round2(r.p999Millis()), r.errors());
        }
    }

    /** Where the figures come from. */
    @JsonPropertyOrder({"cores", "memory_mib", "java", "os"})
    public record Machine(@JsonProperty("cores") int cores, @JsonProperty("memory_mib") long memoryMib,
                          @JsonProperty("java") String java, @JsonProperty("os") String os) {
        static Machine current() {
            long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getTotalMemorySize() / (1024 * 1024);
            return new Machine(Runtime.getRuntime().availableProcessors(), memory, System.getProperty("java.version"),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        }
    }
}
