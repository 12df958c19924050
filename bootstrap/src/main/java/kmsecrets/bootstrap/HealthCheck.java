package kmsecrets.bootstrap;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import kmsecrets.adapter.persistence.PostgresDatabase;

/**
 * /health: UP once start-up has finished and while the database answers. The database is asked at most once a
 * second, so a busy health probe costs no database work per request (and cannot be used to load the database).
 */
final class HealthCheck implements BooleanSupplier {
    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final PostgresDatabase database;
    private final AtomicBoolean ready = new AtomicBoolean();
    private volatile boolean databaseUp;
    private volatile long checkedAt = System.nanoTime() - RECHECK_NANOS;

    HealthCheck(PostgresDatabase database) {
        this.database = database;
    }

    void startedUp() {
        ready.set(true);
    }

    @Override
    public boolean getAsBoolean() {
        long now = System.nanoTime();
        if (now - checkedAt >= RECHECK_NANOS) {
            checkedAt = now;
            databaseUp = ping();
        }
        return ready.get() && databaseUp;
    }

    private boolean ping() {
        try {
            return database.jdbi().withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
