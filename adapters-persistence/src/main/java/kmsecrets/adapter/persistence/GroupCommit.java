package kmsecrets.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import kmsecrets.domain.error.ServiceUnavailable;

/**
 * Group commit: the rows of many concurrent requests go to the database in one statement and one transaction, and
 * each request waits until the transaction holding its row has committed (or failed), so nothing is acknowledged
 * before it is durable. While one batch commits, the next one gathers, so batches grow with the load and a lone
 * request waits for no one. One writer thread per kind of row.
 *
 * @param <T> what a request hands in
 * @param <R> what it gets back once its batch committed
 */
final class GroupCommit<T, R> {
    private static final int MAX_BATCH = 512;

    private final LinkedBlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>();
    /** Writes one batch in one transaction and answers each item, in order. */
    private final Function<List<T>, List<R>> writeBatch;

    private final LongAdder batches = new LongAdder();
    private final LongAdder rows = new LongAdder();
    private final LongAdder nanos = new LongAdder();

    private record Pending<T, R>(T item, CompletableFuture<R> done) {
    }

    GroupCommit(String name, Function<List<T>, List<R>> writeBatch) {
        this.writeBatch = writeBatch;
        Thread writer = new Thread(this::write, name);
        writer.setDaemon(true);
        writer.start();
    }

    /** The batches written so far: how many, their rows, and the time their statements and commits took. */
    WriteStats stats() {
        return new WriteStats(batches.sum(), rows.sum(), nanos.sum());
    }

    /** Hands the item to the next batch and waits for that batch's commit. */
    R submit(T item) {
        CompletableFuture<R> done = new CompletableFuture<>();
        queue.add(new Pending<>(item, done));
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable("The request was interrupted; retry later.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void write() {
        List<Pending<T, R>> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            long started = System.nanoTime();
            try {
                List<R> results = writeBatch.apply(batch.stream().map(Pending::item).toList());
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).done().complete(results.get(i));
                }
            } catch (RuntimeException | Error failure) {
                batch.forEach(p -> p.done().completeExceptionally(failure));
            }
            nanos.add(System.nanoTime() - started);
            batches.increment();
            rows.add(batch.size());
            batch.clear();
        }
    }
}
