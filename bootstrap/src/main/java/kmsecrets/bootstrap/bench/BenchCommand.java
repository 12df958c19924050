package kmsecrets.bootstrap.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import kmsecrets.bootstrap.wiring.Config;
import kmsecrets.bootstrap.wiring.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kmsecrets bench}: measures the service against this machine's own ceilings. */
@Command(name = "bench",
        description = "Benchmark kmsecrets against ceilings measured in the same run (uses KMS_DB_URL's server).",
            footer = {"", "Example:", "  kmsecrets bench --duration 10s --secret-counts 10000 --out bench.json"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--duration", defaultValue = "20s", description = "per scenario and baseline (default 20s)")
    String duration;

    @Option(names = "--warmup", defaultValue = "30s", description = "JIT warm-up before measuring (default 30s)")
    String warmup;

    @Option(names = "--connections", defaultValue = "64", description = "concurrent keep-alive connections")
    int connections;

    @Option(names = "--presign-rate", defaultValue = "6000",
            description = "requests signed in advance per second of a scenario (default 6000, or twice the fastest "
                    + "scenario so far if that is more); raise it if the bench says a scenario ran out")
    int presignRate;

    @Option(names = "--seeded", defaultValue = "10000",
            description = "secrets created through the API before the scenarios, which GetSecretValue reads "
                    + "(default 10000)")
    int seeded;

    @Option(names = "--secret-counts", defaultValue = "10000,100000,1000000", split = ",",
            description = "GetSecretValue and ListSecrets again with this many secrets in the account (default "
                    + "10000,100000,1000000; each at least --seeded; beyond those seeded they are loaded in bulk)")
    List<Integer> secretCounts;

    @Option(names = "--service-jar", description = "measure the service of this jar instead of this one's (an "
            + "earlier build, for before-and-after figures from one bench on one machine)")
    Path serviceJar;

    @Option(names = "--out", description = "also write the figures as JSON to this file")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        Config config = Config.fromEnvironment(System.getenv());
        Path jar = serviceJar != null ? serviceJar
                : Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        BenchReport report;
        // the bench's database lives beside the service's on the same server: the embedded one by default
        try (Store store = Store.open(config)) {
            report = new Bench(new Bench.Settings(jar, store.url(), store.user(), store.password(),
                    config.dbPoolSize(), connections, seconds(duration), seconds(warmup), presignRate, seeded,
                    secretCounts),
                    console).run();
        } catch (Wrk.MissingTool | Wrk.SupplyExhausted e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        report.printTable(console);
        if (out != null) {
            Path chart = report.write(out);
            console.println("written to " + out.toAbsolutePath() + " and " + chart.toAbsolutePath());
        }
        return 0;
    }

    private static Duration seconds(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
    }
}
