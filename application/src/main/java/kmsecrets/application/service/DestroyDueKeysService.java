package kmsecrets.application.service;

import java.time.Clock;
import java.util.List;
import kmsecrets.application.port.in.BatchCommand;
import kmsecrets.application.port.in.DestroyDueKeysUseCase;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.application.port.out.Transactions;

/** Destroys the keys whose DeleteDate has passed, in one transaction; the repository keeps nodes apart. */
public final class DestroyDueKeysService implements DestroyDueKeysUseCase {
    private final KeyRepository keys;
    private final Transactions transactions;
    private final Clock clock;

    public DestroyDueKeysService(KeyRepository keys, Transactions transactions, Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<String> destroyDue(BatchCommand command) {
        return transactions.inTransaction(() -> keys.destroyDue(clock.instant(), command.size()));
    }
}
