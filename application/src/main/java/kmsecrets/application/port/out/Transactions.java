package kmsecrets.application.port.out;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it commits, or none of it. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
