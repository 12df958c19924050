package kmsecrets.application.port.out;

/** The in-memory double honours the alias repository contract. */
class InMemoryAliasRepositoryTest extends AliasRepositoryContract {
    private final InMemoryAliasRepository repository = new InMemoryAliasRepository();

    @Override
    protected AliasRepository repository() {
        return repository;
    }

    @Override
    protected String firstKey() {
        return "key-alias-one00000000000";
    }

    @Override
    protected String secondKey() {
        return "key-alias-two00000000000";
    }
}
