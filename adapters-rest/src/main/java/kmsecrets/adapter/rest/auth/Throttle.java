package kmsecrets.adapter.rest.auth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per access key: {@code ratePerSecond} tokens a second, up to {@code ratePerSecond} banked.
 * Per node: with N nodes behind a balancer an access key may reach N times the rate.
 */
public final class Throttle {
    private final double ratePerSecond;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public Throttle(double ratePerSecond, LongSupplier nanoTime) {
        if (ratePerSecond <= 0) {
            throw new IllegalArgumentException("the rate must be positive");
        }
        this.ratePerSecond = ratePerSecond;
        this.nanoTime = nanoTime;
    }

    /** Takes one token for the access key; false when its bucket is empty. */
    public boolean tryAcquire(String accessKeyId) {
        return buckets.computeIfAbsent(accessKeyId, id -> new Bucket(ratePerSecond, nanoTime.getAsLong()))
                .tryTake(ratePerSecond, nanoTime.getAsLong());
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized boolean tryTake(double rate, long now) {
            tokens = Math.min(rate, tokens + (now - last) * rate / 1e9);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
