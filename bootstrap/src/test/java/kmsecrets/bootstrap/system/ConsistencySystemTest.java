package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kmsecrets.bootstrap.system.History.Outcome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Acknowledged means durable: three nodes of the packaged service on one database, twelve client threads spread
 * over them doing every kind of secret write and read on four shared secrets, each request and answer recorded, and
 * {@link HistoryChecker} judging the history and the final state against what the API promises. Once in steady
 * state, once with {@code kill -9} of a node while the writers run.
 * <p>
 * Soak: {@code KMS_SOAK_OPS} (operations per thread, default 100) and {@code KMS_SOAK_THREADS} (default 12) make it
 * longer, e.g. {@code KMS_SOAK_OPS=3000 KMS_SOAK_THREADS=24 ./mvnw -pl bootstrap verify
 * -Dit.test=ConsistencySystemTest}.
 */
@Tag("slow")
class ConsistencySystemTest {
    private static final int NODES = 3;
    private static final int THREADS = Integer.parseInt(System.getenv().getOrDefault("KMS_SOAK_THREADS", "12"));
    private static final int OPS = Integer.parseInt(System.getenv().getOrDefault("KMS_SOAK_OPS", "100"));

    @Test
    void threeNodesAndTwelveWritersLoseNothingTheyAcknowledged() throws Exception {
        try (ServiceProcess first = ServiceProcess.start();
             ServiceProcess second = ServiceProcess.startBeside(first, Map.of());
             ServiceProcess third = ServiceProcess.startBeside(first, Map.of())) {
            SecretsWorkload workload = new SecretsWorkload(NODES, 4, 7);
            workload.serveFrom(0, first);
            workload.serveFrom(1, second);
            workload.serveFrom(2, third);
            workload.createSecrets();

            workload.run(THREADS, OPS);

            HistoryChecker checker = new HistoryChecker(workload.history(), workload.finalState());
            List<String> findings = checker.check(true);
            System.out.println("ConsistencySystemTest steady state: " + checker.summary() + "; refusals "
                    + checker.refusals());
            assertThat(findings).as(checker.summary()).isEmpty();
            assertThat(workload.history().count(Outcome.UNKNOWN)).isZero();
            assertThat(workload.history().count(Outcome.OK)).isGreaterThan(THREADS * OPS / 2);
        }
    }

    @Test
    void aNodeKilledWhileWritersRunLosesNoAcknowledgedWrite() throws Exception {
        try (ServiceProcess first = ServiceProcess.start();
             ServiceProcess second = ServiceProcess.startBeside(first, Map.of())) {
            ServiceProcess victim = ServiceProcess.startBeside(first, Map.of());
            ServiceProcess restarted = null;
            try {
                SecretsWorkload workload = new SecretsWorkload(NODES, 4, 11);
                workload.serveFrom(0, first);
                workload.serveFrom(1, second);
                workload.serveFrom(2, victim);
                workload.createSecrets();
                CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
                    try {
                        workload.run(THREADS, OPS * 2);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                long acknowledged = THREADS * OPS / 4;
                SecretsWorkload.awaitWhileRunning(running,
                        () -> workload.history().count(Outcome.OK) >= acknowledged);
                long killedAt = System.nanoTime();
                victim.kill();
                workload.markDown(2);
                long atKill = workload.history().count(Outcome.OK);
                SecretsWorkload.awaitWhileRunning(running,
                        () -> workload.history().count(Outcome.OK) >= atKill + acknowledged);
                long restarting = System.nanoTime();
                restarted = ServiceProcess.startBeside(first, Map.of());
                long restartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarting);
                workload.serveFrom(2, restarted);
                running.get(30, TimeUnit.MINUTES);

                HistoryChecker checker = new HistoryChecker(workload.history(), workload.finalState());
                List<String> findings = checker.check(true);
                System.out.println("ConsistencySystemTest kill -9: " + checker.summary() + "; restarted node "
                        + "healthy after " + restartMillis + " ms; refusals " + checker.refusals());
                assertThat(findings).as(checker.summary()).isEmpty();
                assertThat(workload.history().ops()).as("requests on the surviving nodes while one was down")
                        .anyMatch(op -> op.node() != 2 && op.outcome() == Outcome.OK && op.invoked() > killedAt
                                && op.completed() < restarting);
                assertThat(Duration.ofMillis(restartMillis)).isLessThan(Patience.of(Duration.ofSeconds(60)));
            } finally {
                victim.close();
                if (restarted != null) {
                    restarted.close();
                }
            }
        }
    }
}
