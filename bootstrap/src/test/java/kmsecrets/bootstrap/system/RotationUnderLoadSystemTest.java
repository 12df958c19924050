package kmsecrets.bootstrap.system;

import com.aliyun.kms20160120.models.GetSecretValueRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.ArrayList;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.RotateSecretRequest;
import com.aliyuncs.kms.secretsmanager.client.SecretCacheClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The promise of DoubleUsers: applications that keep reading ACSCurrent through the caching client keep logging
 * in while the secret rotates. 8 client threads, 20 rotations, zero failed logins. Each rotation follows as soon
 * as every client logs in with the newest password (DoubleUsers keeps the previous one working until the next
 * rotation, which is exactly the grace a client needs), so the test is as fast as the machine and never races it.
 */
@Tag("slow")
class RotationUnderLoadSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;
    private static final int ROTATIONS = 20;

    @Test
    void clientsOfADoubleUsersSecretNeverFailToLogInWhileItRotatesEverySecond() throws Exception {
        try (DatabaseServers servers = new DatabaseServers();
             ServiceProcess service = ServiceProcess.start(Map.of("KMS_ROTATE_SECRET_HOURLY_LIMIT", "1000"))) {
            servers.register(service, "load", "postgresql");
            String p1 = "First-" + UUID.randomUUID();
            String p2 = "Second-" + UUID.randomUUID();
            String first = servers.account("postgresql", p1);
            String second = servers.account("postgresql", p2);
            String name = "load/app-" + servers.tag;
            Client tea = new Clients(service).tea();
            tea.createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v0").setSecretType("Rds")
                    .setSecretData(JSON.writeValueAsString(Map.of("Accounts", List.of(
                            Map.of("AccountName", first, "AccountPassword", p1),
                            Map.of("AccountName", second, "AccountPassword", p2)))))
                    .setExtendedConfig(Map.of("SecretSubType", "DoubleUsers", "DBInstanceId", "pg-load")));

            SecretCacheClient cache = new Clients(service).cachingClient(name, 250);
            String url = servers.postgres.url("postgres");
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong logins = new AtomicLong();
            List<String> failures = new CopyOnWriteArrayList<>();
            Set<String> passwordsSeen = ConcurrentHashMap.newKeySet();
            List<AtomicReference<String>> loggedInWith = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                AtomicReference<String> mine = new AtomicReference<>("");
                loggedInWith.add(mine);
                pool.submit(() -> {
                    while (running.get()) {
                        Map<?, ?> account;
                        try {
                            account = JSON.readValue(cache.getStringValue(name), Map.class);
                        } catch (Exception e) {
                            failures.add("read: " + e);
                            continue;
                        }
                        String password = (String) account.get("AccountPassword");
                        passwordsSeen.add(password);
                        try (Connection ignored = DriverManager.getConnection(url,
                                (String) account.get("AccountName"), password)) {
                            logins.incrementAndGet();
                            mine.set(password);
                        } catch (SQLException e) {
                            failures.add("login as " + account.get("AccountName") + ": " + e.getSQLState());
                        }
                    }
                    return null;
                });
            }
            Poll.until("every client has logged in", () -> !failures.isEmpty()
                    || loggedInWith.stream().noneMatch(used -> used.get().isEmpty()));
            for (int rotation = 0; rotation < ROTATIONS && failures.isEmpty(); rotation++) {
                tea.rotateSecret(new RotateSecretRequest().setSecretName(name).setVersionId("r" + rotation));
                String current = (String) JSON.readValue(tea.getSecretValue(new GetSecretValueRequest()
                        .setSecretName(name)).getBody().getSecretData(), Map.class).get("AccountPassword");
                Poll.until("every client logs in with the newest password", () -> !failures.isEmpty()
                        || loggedInWith.stream().allMatch(used -> used.get().equals(current)));
            }
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(Patience.of(Duration.ofSeconds(30)).toSeconds(), TimeUnit.SECONDS))
                    .isTrue();
            cache.close();

            assertThat(failures).as("failed reads or logins").isEmpty();
            assertThat(passwordsSeen).as("a password for the first value and one per rotation")
                    .hasSize(ROTATIONS + 1);
            System.out.printf("rotation under load: %d rotations, %d logins by %d clients, %d passwords seen, "
                    + "0 failures%n", ROTATIONS, logins.get(), CLIENTS, passwordsSeen.size());
        }
    }
}
