package kmsecrets.application.port.out;

/** The same-thread double honours the transactions contract. */
class SameThreadTransactionsTest extends TransactionsContract {
    private final SameThreadTransactions transactions = new SameThreadTransactions();

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
