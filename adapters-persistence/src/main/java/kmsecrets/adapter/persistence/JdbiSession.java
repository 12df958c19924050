package kmsecrets.adapter.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import kmsecrets.application.port.out.ConcurrentUpdate;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.error.ServiceUnavailable;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions for the use cases: the handle of the running transaction is bound to the thread, so every
 * repository call inside {@link #inTransaction} shares it; calls outside one use a handle of their own.
 * <p>
 * Failures are sorted here, once for every adapter of this module: a conflict with a concurrent transaction
 * ({@link ConcurrentUpdate}, serialization failure 40001, deadlock 40P01) rolls back and runs the work again; a
 * database that cannot be reached (connection errors, class 08; shutdown, 57P0x; too many connections; no pooled
 * connection in time) becomes {@link ServiceUnavailable}, which the API answers with 503.
 */
public final class JdbiSession implements Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiSession.class);
    static final int ATTEMPTS = 8;

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    public JdbiSession(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(handle -> {
                    current.set(handle);
                    try {
                        return work.get();
                    } finally {
                        current.remove();
                    }
                });
            } catch (RuntimeException e) {
                if (!conflict(e)) {
                    throw translated(e);
                }
                if (attempt == ATTEMPTS) {
                    LOG.warn("a transaction lost {} conflicts with concurrent ones in a row; answering unavailable",
                            ATTEMPTS);
                    throw new ServiceUnavailable("The resource is being changed by other requests; retry later.");
                }
                pause(attempt);
            }
        }
    }

    /** True while this thread runs work inside {@link #inTransaction}. */
    boolean inTransactionNow() {
        return current.get() != null;
    }

    <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        Handle handle = current.get();
        if (handle != null) {
            return callback.withHandle(handle);
        }
        return alone(callback);
    }

    /** On a handle of its own, committed by itself, even when the thread runs a transaction. */
    <T> T alone(HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** A short random pause that grows with the attempts, so that colliding transactions fall out of step. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable("The request was interrupted; retry later.");
        }
    }

    static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentUpdate) {
                return true;
            }
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** {@link ServiceUnavailable} when the failure means the database cannot be reached; the failure itself else. */
    static RuntimeException translated(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLException sql && unreachable(sql)) {
                return new ServiceUnavailable("The service is temporarily unavailable; retry later.");
            }
        }
        return e;
    }

    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
    }
}
