package kmsecrets.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: all of it commits, or none of it. When the store reports a conflict with
 * concurrent transactions ({@link ConcurrentUpdate}, a serialization failure or a deadlock) the transaction is rolled
 * back and the work runs again from the start, a few times at most; so work must do its reads inside and have no
 * effect outside the store. When the store cannot be reached, or the conflicts persist, it fails with
 * {@code ServiceUnavailable} and nothing was committed.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
