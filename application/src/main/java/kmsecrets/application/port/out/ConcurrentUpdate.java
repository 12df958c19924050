package kmsecrets.application.port.out;

/**
 * A write based on a read that a concurrent transaction has since overtaken (the aggregate's stored revision moved).
 * Nothing of the write is applied. {@link Transactions} runs the work again from its reads; a caller sees this only
 * outside a transaction.
 */
public final class ConcurrentUpdate extends RuntimeException {
    public ConcurrentUpdate(String message) {
        super(message);
    }
}
