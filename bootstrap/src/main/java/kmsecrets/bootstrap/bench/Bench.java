package kmsecrets.bootstrap.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kmsecrets.bootstrap.bench.LoadGenerator.Result;

/**
 * One benchmark run: start the service, seed 10,000 secrets, warm up, then each scenario and each baseline in turn,
 * all on this machine and in this run, so that the ratios compare like with like.
 */
public final class Bench {
    static final int SEEDED = 10_000;

    private final Settings settings;
    private final PrintWriter out;

    public Bench(Settings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    static String secretName(int i) {
        return "bench/secret-" + i;
    }

    public BenchReport run() throws Exception {
        try (ServiceUnderTest service = new ServiceUnderTest(settings.jar(), settings.dbUrl(), settings.dbUser(),
                settings.dbPassword(), settings.poolSize());
             LoadGenerator load = new LoadGenerator();
             JdbcBaselines jdbc = new JdbcBaselines(service.dbUrl, service.dbUser, service.dbPassword,
                     service.poolSize)) {
            RequestSigner signer = new RequestSigner(service.host(), ServiceUnderTest.ACCESS_KEY_ID, service.secret);
            int connections = settings.connections();
            Duration duration = settings.duration();
            String value = "x".repeat(64);

            progress("seeding " + SEEDED + " secrets");
            Result seeded = load.run("seed", connections, Duration.ofMinutes(5), SEEDED, n -> signer.rpc(Map.of(
                    "Action", "CreateSecret", "SecretName", secretName((int) n), "VersionId", "v0",
                    "SecretData", value)));
            if (seeded.errors() > 0) {
                throw new IllegalStateException(seeded.errors() + " seeding requests failed: " + service.log());
            }
            progress("warming up for " + settings.warmup().toSeconds() + " s");
            load.run("warm-up", connections, settings.warmup(), n -> n % 2 == 0
                    ? signer.rpc(Map.of("Action", "GetSecretValue", "SecretName", randomSecret()))
                    : signer.acs3("GetSecretValue", Map.of("SecretName", randomSecret())));

            List<Result> scenarios = new ArrayList<>();
            progress("GetSecretValue (HMAC-SHA1)");
            scenarios.add(load.run("GetSecretValue", connections, duration, n -> signer.rpc(Map.of(
                    "Action", "GetSecretValue", "SecretName", randomSecret()))));
            progress("GetSecretValue (ACS3-HMAC-SHA256)");
            scenarios.add(load.run("GetSecretValue-ACS3", connections, duration, n -> signer.acs3("GetSecretValue",
                    Map.of("SecretName", randomSecret()))));
            progress("CreateSecret");
            scenarios.add(load.run("CreateSecret", connections, duration, n -> signer.rpc(Map.of(
                    "Action", "CreateSecret", "SecretName", "bench/created-" + n, "VersionId", "v0",
                    "SecretData", value))));
            progress("PutSecretValue");
            scenarios.add(load.run("PutSecretValue", connections, duration, n -> signer.rpc(Map.of(
                    "Action", "PutSecretValue", "SecretName", randomSecret(), "VersionId", "p" + n,
                    "SecretData", value))));

            progress("baseline: /health through the same load generator");
            Result health = load.run("health", connections, duration, n -> signer.health());
            String account = jdbc.accountId();
            progress("baseline: JDBC indexed SELECT, " + service.poolSize + " connections");
            double select = jdbc.selectTps(duration, account, SEEDED);
            progress("baseline: JDBC CreateSecret inserts in one transaction, " + service.poolSize + " connections");
            double write = jdbc.writeTps(duration, account);
            return new BenchReport(BenchReport.Machine.current(), scenarios, health.rps(), select, write,
                    service.maxHeapUsedMib(), ServiceUnderTest.HEAP_MIB);
        }
    }

    private static String randomSecret() {
        return secretName(ThreadLocalRandom.current().nextInt(SEEDED));
    }

    private void progress(String step) {
        out.println("... " + step);
        out.flush();
    }

    /** What one run needs. */
    public record Settings(Path jar, String dbUrl, String dbUser, String dbPassword, int poolSize, int connections,
                           Duration duration, Duration warmup) {
    }
}
