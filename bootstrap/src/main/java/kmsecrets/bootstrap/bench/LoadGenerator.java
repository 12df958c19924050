package kmsecrets.bootstrap.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.HdrHistogram.Recorder;

/**
 * The JDK's HTTP client in a closed loop over {@code connections} keep-alive HTTP/1.1 connections, signing each
 * request as it goes: used to seed the secrets, where its cost per request does not matter (the measured scenarios
 * use {@link Wrk} and {@link OpenLoop}). Each slot sends its next request when the previous reply arrives. Latency is recorded per request in an HdrHistogram; non-200 replies count as errors.
 */
final class LoadGenerator implements AutoCloseable {
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "bench-client");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(executor).connectTimeout(Duration.ofSeconds(5)).build();

    /** Runs for {@code duration}, {@code count} requests at most; {@code requests} builds request number n. */
    Result run(String name, int connections, Duration duration, long count, LongFunction<HttpRequest> requests) {
        Loop loop = new Loop(requests, System.nanoTime() + duration.toNanos(), count, connections);
        long started = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            loop.next();
        }
        try {
            loop.finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        var histogram = loop.latencies.getIntervalHistogram();
        return new Result(name, connections, loop.completed.get() / seconds,
                histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(99) / 1e6,
                histogram.getValueAtPercentile(99.9) / 1e6, loop.errors.get(), loop.completed.get());
    }

    /** The closed loop: every completion sends the slot's next request until time is up. */
    private final class Loop {
        final Recorder latencies = new Recorder(3);
        final AtomicLong sequence = new AtomicLong();
        final AtomicLong completed = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final CountDownLatch finished;
        private final LongFunction<HttpRequest> requests;
        private final long end;
        private final long count;

        Loop(LongFunction<HttpRequest> requests, long end, long count, int slots) {
            this.requests = requests;
            this.end = end;
            this.count = count;
            this.finished = new CountDownLatch(slots);
        }

        void next() {
            long n = sequence.getAndIncrement();
            if (System.nanoTime() >= end || n >= count) {
                finished.countDown();
                return;
            }
            HttpRequest request = requests.apply(n);
            long sent = System.nanoTime();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenCompleteAsync((reply, failure) -> {
                latencies.recordValue(System.nanoTime() - sent);
                completed.incrementAndGet();
                if (failure != null || reply.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                next();
            }, executor);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** One measured scenario. */
    record Result(String name, int connections, double rps, double p50Millis, double p99Millis, double p999Millis,
                  long errors, long requests) {
    }
}
