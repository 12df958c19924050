package kmsecrets.adapter.persistence;

import kmsecrets.application.port.out.Transactions;
import kmsecrets.application.port.out.TransactionsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JDBI session passes the transactions contract its test double passes. */
class JdbiSessionTransactionsTest extends TransactionsContract {
    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @Override
    protected Transactions transactions() {
        return new JdbiSession(DB.database().jdbi());
    }
}
