package kmsecrets.bootstrap.wiring;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import kmsecrets.adapter.persistence.PostgresDatabase;

/**
 * /health: UP once start-up has finished and while the database answers; otherwise DOWN with the reason. The
 * database is asked at most once a second (on a connection of its own with short timeouts, so neither a full pool
 * nor a silent server makes the probe hang), and a busy probe costs no database work per request.
 */
public final class HealthCheck implements Supplier<Optional<String>> {
    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final PostgresDatabase database;
    private final AtomicBoolean ready = new AtomicBoolean();
    private volatile Optional<String> databaseProblem = Optional.of("not checked yet");
    private volatile long checkedAt = System.nanoTime() - RECHECK_NANOS;

    public HealthCheck(PostgresDatabase database) {
        this.database = database;
    }

    public void startedUp() {
        ready.set(true);
    }

    @Override
    public Optional<String> get() {
        if (!ready.get()) {
            return Optional.of("starting");
        }
        long now = System.nanoTime();
        if (now - checkedAt >= RECHECK_NANOS) {
            checkedAt = now;
            databaseProblem = database.probe();
        }
        return databaseProblem;
    }
}
