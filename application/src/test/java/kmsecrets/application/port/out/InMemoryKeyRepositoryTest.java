package kmsecrets.application.port.out;

/** The in-memory double honours the key repository contract. */
class InMemoryKeyRepositoryTest extends KeyRepositoryContract {
    private final InMemoryKeyRepository repository = new InMemoryKeyRepository();

    @Override
    protected KeyRepository repository() {
        return repository;
    }
}
