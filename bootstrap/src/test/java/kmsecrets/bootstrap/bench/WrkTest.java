package kmsecrets.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import kmsecrets.bootstrap.bench.LoadGenerator.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * wrk replaying requests signed in advance, against a server that, like the service with nonces, accepts each
 * request once: the threads share out the supply without sending one twice, and a supply the run outpaces is
 * reported as such rather than as the server's errors.
 */
class WrkTest {
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger repeats = new AtomicInteger();
    private HttpServer server;
    private String host;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String target = exchange.getRequestURI().toString();
            boolean first = target.equals("/health") || seen.add(target);
            if (!first) {
                repeats.incrementAndGet();
            }
            byte[] body = "{}".getBytes();
            exchange.sendResponseHeaders(first ? 200 : 409, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        host = "127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    @Test
    void aSupplyTheRunCannotExhaustIsSentOnceEachWithoutErrors() throws Exception {
        // far more than a loopback JDK server answers in one second on any machine, so the run cannot run out
        List<String> requests = requests(200_000);
        try (Wrk wrk = Wrk.locate()) {
            Result result = wrk.run("enough", host, 8, Duration.ofSeconds(1), requests);

            assertThat(result.errors()).as(result.toString()).isZero();
            assertThat(result.requests()).isPositive().isLessThanOrEqualTo(requests.size());
            assertThat(repeats).as("no request sent twice").hasValue(0);
        }
    }

    @Test
    void aRunThatOutpacesItsSupplySaysSoInsteadOfCountingRefusalsAsErrors() throws Exception {
        List<String> requests = requests(16);
        try (Wrk wrk = Wrk.locate()) {
            assertThatThrownBy(() -> wrk.run("short", host, 4, Duration.ofSeconds(1), requests))
                    .isInstanceOf(Wrk.SupplyExhausted.class)
                    .hasMessageContaining("ran out of the 16 requests signed in advance")
                    .hasMessageContaining("--presign-rate");
        }
        assertThat(repeats).as("the server did see the repeats").hasPositiveValue();
    }

    @Test
    void aRequestThatMayBeRepeatedIsSentForTheWholeRun() throws Exception {
        try (Wrk wrk = Wrk.locate()) {
            Result result = wrk.repeat("health", host, 4, Duration.ofSeconds(1), "/health");

            assertThat(result.errors()).as(result.toString()).isZero();
            assertThat(result.requests()).isGreaterThan(1);
        }
    }

    private static List<String> requests(int count) {
        List<String> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add("/?Action=GetSecretValue&SignatureNonce=n" + i + "\tx-acs-test: " + i);
        }
        return requests;
    }
}
