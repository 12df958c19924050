package kmsecrets.adapter.persistence;

import java.util.function.Supplier;
import kmsecrets.application.port.out.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Transactions for the use cases: the handle of the running transaction is bound to the thread, so every
 * repository call inside {@link #inTransaction} shares it; calls outside one use a handle of their own.
 */
public final class JdbiSession implements Transactions {
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
        return jdbi.inTransaction(handle -> {
            current.set(handle);
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }

    <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        Handle handle = current.get();
        return handle != null ? callback.withHandle(handle) : jdbi.withHandle(callback);
    }
}
