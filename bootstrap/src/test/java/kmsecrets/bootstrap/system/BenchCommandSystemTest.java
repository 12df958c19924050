package kmsecrets.bootstrap.system;

import java.time.Duration;
import kmsecrets.testing.TestRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The documented benchmark command runs end to end against the current schema: every scenario and baseline
 * completes without errors and the report carries its ratios. (Short durations: this checks the tool, not speed.)
 */
@Tag("slow")
class BenchCommandSystemTest {

    @Test
    void benchRunsEveryScenarioAndBaselineWithoutErrors() throws Exception {
        Path dir = TestRun.temporaryFolder("bench-test");
        Path report = dir.resolve("bench.json");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), TestRun.processMarker(), "-jar", ServiceProcess.jar().toAbsolutePath().toString(), "bench",
                "--duration", "1s", "--warmup", "1s", "--connections", "8", "--presign-rate", "4000",
                // 1,000 secrets seeded through the API, 200 more loaded in bulk and then read through the API: they
                // open like those CreateSecret made
                "--seeded", "1000", "--secret-counts", "1000,1200", "--out", report.toString()));
        Path console = dir.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile())
                .directory(dir.toFile());
        builder.environment().put("KMS_DB_URL", ServiceProcess.PG.url("postgres"));
        builder.environment().put("KMS_DB_USER", ServiceProcess.PG.user());
        builder.environment().put("KMS_DB_PASSWORD", ServiceProcess.PG.password());
        Process bench = builder.start();
        boolean finished;
        String output;
        try {
            finished = bench.waitFor(Patience.of(Duration.ofMinutes(4)).toSeconds(), TimeUnit.SECONDS);
            output = Files.readString(console, StandardCharsets.UTF_8);
        } finally {
            // the service the bench started first (a forcibly killed bench cannot stop it), then the bench
            bench.descendants().forEach(ProcessHandle::destroyForcibly);
            bench.destroyForcibly().waitFor();
        }
        try {
            assertThat(finished).as(output).isTrue();
            assertThat(bench.exitValue()).as(output).isZero();
            assertReport(report, output);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void assertReport(Path report, String output) throws Exception {
        JsonNode figures = new ObjectMapper().readTree(report.toFile());
        List<String> names = new ArrayList<>();
        for (JsonNode scenario : figures.get("scenarios")) {
            names.add(scenario.get("name").asText());
            assertThat(scenario.get("errors").asLong()).as(scenario.toString()).isZero();
            assertThat(scenario.get("rps").asDouble()).as(scenario.toString()).isPositive();
        }
        assertThat(names).containsExactly("GetSecretValue", "GetSecretValue-ACS3", "CreateSecret", "PutSecretValue");
        for (String baseline : List.of("health_rps", "jdbc_select_tps", "jdbc_write_tps")) {
            assertThat(figures.get("baselines").get(baseline).asDouble()).as(baseline).isPositive();
        }
        List<String> fixedRate = new ArrayList<>();
        for (JsonNode scenario : figures.get("fixed_rate")) {
            fixedRate.add(scenario.get("name").asText());
            assertThat(scenario.get("errors").asLong()).as(scenario.toString()).isZero();
            assertThat(scenario.get("p99_ms").asDouble()).as(scenario.toString()).isPositive();
        }
        assertThat(fixedRate).containsExactly("GetSecretValue@50%", "GetSecretValue@80%");
        List<Integer> connections = new ArrayList<>();
        for (JsonNode step : figures.get("scaling")) {
            connections.add(step.get("connections").asInt());
            assertThat(step.get("errors").asLong()).as(step.toString()).isZero();
            assertThat(step.get("rps").asDouble()).as(step.toString()).isPositive();
        }
        assertThat(connections).containsExactly(1, 4, 16, 64, 256);
        List<Integer> counts = new ArrayList<>();
        for (JsonNode count : figures.get("secret_counts")) {
            counts.add(count.get("secrets").asInt());
            for (String scenario : List.of("get", "list")) {
                assertThat(count.get(scenario).get("errors").asLong()).as(count.toString()).isZero();
                assertThat(count.get(scenario).get("rps").asDouble()).as(count.toString()).isPositive();
            }
        }
        assertThat(counts).containsExactly(1_000, 1_200);
        assertThat(figures.get("secret_counts").get(1).get("seed_seconds").asDouble()).as("200 loaded in bulk")
                .isPositive();
        JsonNode audit = figures.get("audit");
        // an event for every request of every scenario, the seeding and the warm-up included: more than the seeding
        // and the first scenario's second alone
        assertThat(audit.get("events").asLong()).isGreaterThan(1_000 + figures.get("scenarios").get(0).get("rps")
                .asLong());
        assertThat(audit.get("bytes_per_event").asDouble()).isPositive();
        String chart = Files.readString(report.resolveSibling("bench.svg"), StandardCharsets.UTF_8);
        assertThat(chart).startsWith("<svg").contains("GetSecretValue req/s", "GetSecretValue p99 ms");
        assertThat(chart.split("<circle", -1)).as("a point per step in each panel").hasSize(1 + 2 * 5);
        JsonNode generator = figures.get("generator");
        assertThat(generator.get("ceiling_rps").asDouble()).isEqualTo(figures.get("baselines").get("health_rps")
                .asDouble());
        if (generator.get("valid").asBoolean()) {
            for (String ratio : List.of("get_vs_ceiling", "get_acs3_vs_ceiling", "create_vs_write_ceiling",
                    "put_vs_write_ceiling")) {
                assertThat(figures.get("ratios").get(ratio).asDouble()).as(ratio).isPositive();
            }
            assertThat(output).contains("get_vs_ceiling");
        } else {
            // a machine too loaded for the generator to outpace the service by 3x: the bench says so, no ratios
            assertThat(figures.get("ratios").size()).isZero();
            assertThat(output).contains("ratios withheld");
        }
    }
}
