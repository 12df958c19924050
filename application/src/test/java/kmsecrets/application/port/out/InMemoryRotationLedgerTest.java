package kmsecrets.application.port.out;

/** The in-memory double honours the rotation ledger contract. */
class InMemoryRotationLedgerTest extends RotationLedgerContract {
    private final InMemorySecretRepository secrets = new InMemorySecretRepository();
    private final InMemoryRotationLedger ledger = new InMemoryRotationLedger(secrets);

    @Override
    protected RotationLedger ledger() {
        return ledger;
    }

    @Override
    protected SecretRepository secrets() {
        return secrets;
    }

    @Override
    protected String keyId() {
        return "key-contract0000000000000";
    }
}
