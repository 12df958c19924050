package kmsecrets.application.port.out;

/** The in-memory double honours the database instance repository contract. */
class InMemoryDatabaseInstancesTest extends DatabaseInstanceRepositoryContract {
    private final InMemoryDatabaseInstances repository = new InMemoryDatabaseInstances();

    @Override
    protected DatabaseInstanceRepository repository() {
        return repository;
    }
}
