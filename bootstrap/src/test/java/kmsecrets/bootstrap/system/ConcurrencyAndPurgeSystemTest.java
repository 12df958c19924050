package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DeleteSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.ListSecretVersionIdsRequest;
import com.aliyun.kms20160120.models.PutSecretValueRequest;
import com.aliyun.kms20160120.models.UpdateSecretVersionStageRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Writers racing on one secret, and two nodes purging expired secrets from one database. */
class ConcurrencyAndPurgeSystemTest {

    @Test
    void sixteenWritersNeverBreakTheLabelInvariants() throws Exception {
        try (ServiceProcess service = ServiceProcess.start()) {
            Clients clients = new Clients(service);
            clients.tea().createSecret(new CreateSecretRequest().setSecretName("contended").setVersionId("v0")
                    .setSecretData("initial"));
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            acknowledged.add("v0");
            Map<String, long[]> timing = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> writers = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    Client tea = clients.tea();
                    start.await();
                    for (int i = 0; i < 50; i++) {
                        String version = "t" + thread + "-" + i;
                        long invoked = System.nanoTime();
                        tea.putSecretValue(new PutSecretValueRequest().setSecretName("contended")
                                .setVersionId(version).setSecretData("value-" + version));
                        timing.put(version, new long[] {invoked, System.nanoTime()});
                        acknowledged.add(version);
                        if (i % 10 == 9) {
                            // stage moves race with the puts: ACSCurrent back onto this thread's latest version, which
                            // the other writers may already have pushed out of the last ten (then: not found)
                            try {
                                tea.updateSecretVersionStage(new UpdateSecretVersionStageRequest()
                                        .setSecretName("contended").setVersionStage("ACSCurrent")
                                        .setMoveToVersion(version));
                            } catch (com.aliyun.tea.TeaException purged) {
                                assertThat(purged.getCode()).isEqualTo("Forbidden.ResourceNotFound");
                            }
                        }
                    }
                    return 50;
                }));
            }
            start.countDown();
            for (Future<Integer> writer : writers) {
                assertThat(writer.get(300, TimeUnit.SECONDS)).isEqualTo(50);
            }
            pool.shutdown();

            var versions = clients.tea().listSecretVersionIds(new ListSecretVersionIdsRequest()
                    .setSecretName("contended").setIncludeDeprecated("true").setPageSize(100)).getBody();
            List<String> present = versions.getVersionIds().getVersionId().stream().map(v -> v.getVersionId()).toList();
            List<String> labels = versions.getVersionIds().getVersionId().stream()
                    .flatMap(v -> v.getVersionStages().getVersionStage().stream()).toList();
            assertThat(acknowledged).hasSize(801);
            assertThat(present).hasSize(10).allMatch(acknowledged::contains);
            // a version can be purged only after 7 more were written (two labels keep older ones): every version
            // fewer writes may have followed is still there (this fails when a writer overwrites what it did not see)
            timing.forEach((version, t) -> {
                long maybeLater = timing.values().stream().filter(o -> o != t && o[1] > t[0]).count();
                if (maybeLater < HistoryChecker.WRITES_BEFORE_A_PURGE) {
                    assertThat(present).as("acknowledged version " + version).contains(version);
                }
            });
            assertThat(labels).containsExactlyInAnyOrder("ACSCurrent", "ACSPrevious");
            try (Connection c = service.sql(); ResultSet rs = c.createStatement().executeQuery(
                    "select stage, count(*) from secret_stages group by stage")) {
                while (rs.next()) {
                    assertThat(rs.getInt(2)).as("rows for " + rs.getString(1)).isEqualTo(1);
                }
            }
            String current = clients.tea().getSecretValue(new GetSecretValueRequest().setSecretName("contended"))
                    .getBody().getSecretData();
            assertThat(current).startsWith("value-t");
        }
    }

    @Test
    void twoNodesPurgeAnExpiredSecretExactlyOnce() throws Exception {
        Map<String, String> fastPurge = Map.of("KMS_PURGE_INTERVAL_SECONDS", "1");
        try (ServiceProcess first = ServiceProcess.start(fastPurge);
             ServiceProcess second = ServiceProcess.startBeside(first, fastPurge)) {
            Client tea = new Clients(first).tea();
            for (String name : List.of("expired-1", "expired-2", "expired-3", "pending", "live")) {
                tea.createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v1").setSecretData(name));
            }
            for (String name : List.of("expired-1", "expired-2", "expired-3", "pending")) {
                tea.deleteSecret(new DeleteSecretRequest().setSecretName(name).setRecoveryWindowInDays("7"));
            }
            try (Connection c = first.sql()) {
                // time passes: the recovery window of the expired ones is over
                c.createStatement().executeUpdate("update secrets set planned_delete_at = now() - interval '1 second' "
                        + "where name like 'expired-%'");
            }
            Poll.until("the expired secrets are purged", () -> remaining(first, "expired-%") == 0);
            assertThat(remaining(first, "pending")).isEqualTo(1);
            Client onSecond = new Clients(second).tea();
            assertThat(onSecond.getSecretValue(new GetSecretValueRequest().setSecretName("live")).getBody()
                    .getSecretData()).isEqualTo("live");
            failsWith(404, "Forbidden.ResourceNotFound", () -> onSecond.getSecretValue(
                    new GetSecretValueRequest().setSecretName("expired-1")));
            // stopped gracefully, each node has finished every job run it started: none may purge anything again
            first.stop();
            second.stop();
            for (String name : List.of("expired-1", "expired-2", "expired-3")) {
                long purgeLines = purgeLines(first, name) + purgeLines(second, name);
                assertThat(purgeLines).as("purges of " + name + " across both nodes").isEqualTo(1);
            }
            assertThat(remaining(first, "pending")).isEqualTo(1);
            try (ServiceProcess again = ServiceProcess.startBeside(first, Map.of())) {
                new Clients(again).tea().createSecret(new CreateSecretRequest().setSecretName("expired-1")
                        .setVersionId("v1").setSecretData("again"));
            }
        }
    }

    private static long remaining(ServiceProcess service, String pattern) throws Exception {
        try (Connection c = service.sql(); var s = c.prepareStatement("select count(*) from secrets where name like ?")) {
            s.setString(1, pattern);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long purgeLines(ServiceProcess service, String name) throws Exception {
        Matcher m = Pattern.compile("Purged secret acs:kms:[^ ]+:secret/" + Pattern.quote(name) + ":")
                .matcher(service.output());
        long count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
