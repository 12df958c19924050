package kmsecrets.application.port.out;

/** The in-memory fake passes the same contract as the PostgreSQL adapter. */
class InMemoryMasterKeyStoreTest extends MasterKeyStoreContract {
    @Override
    protected MasterKeyStore store() {
        return new InMemoryMasterKeyStore();
    }
}
