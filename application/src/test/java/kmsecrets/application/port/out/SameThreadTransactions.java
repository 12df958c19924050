package kmsecrets.application.port.out;

import java.util.function.Supplier;

/** Test double: runs the work directly and counts transactions. */
public final class SameThreadTransactions implements Transactions {
    private int count;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count++;
        return work.get();
    }

    public int count() {
        return count;
    }
}
