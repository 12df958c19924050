package kmsecrets.application.port.out;

/** The in-memory double honours the repository contract. */
class InMemorySecretRepositoryTest extends SecretRepositoryContract {
    private final InMemorySecretRepository repository = new InMemorySecretRepository();

    @Override
    protected SecretRepository repository() {
        return repository;
    }

    @Override
    protected String keyId() {
        return "key-contract0000000000000";
    }
}
