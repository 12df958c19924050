package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import kmsecrets.domain.error.InvalidValue;
import org.junit.jupiter.api.Test;

/** What every {@link Transactions} must do; run by the same-thread double and by the JDBI session. */
public abstract class TransactionsContract {
    protected abstract Transactions transactions();

    @Test
    void theWorksResultIsReturned() {
        assertThat(transactions().inTransaction(() -> 42)).isEqualTo(42);
    }

    @Test
    void aRefusalPropagatesAsItIsAndIsNotRetried() {
        AtomicInteger runs = new AtomicInteger();
        InvalidValue refusal = new InvalidValue("X", "refused");
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            runs.incrementAndGet();
            throw refusal;
        })).isSameAs(refusal);
        assertThat(runs).hasValue(1);
    }

    @Test
    void workMayNestAndJoinsTheOuterTransaction() {
        assertThat(transactions().inTransaction(() -> transactions().inTransaction(() -> "inner") + "+outer"))
                .isEqualTo("inner+outer");
    }
}
