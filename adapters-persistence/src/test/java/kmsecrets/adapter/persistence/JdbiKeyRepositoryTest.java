package kmsecrets.adapter.persistence;

import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.application.port.out.KeyRepositoryContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapter passes the key repository contract. */
class JdbiKeyRepositoryTest extends KeyRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private KeyRepository repository;

    @BeforeEach
    void emptyStore() {
        DB.database().jdbi().useHandle(h -> h.execute("truncate customer_keys, key_versions, key_tags cascade"));
        repository = new JdbiKeyRepository(new JdbiSession(DB.database().jdbi()));
    }

    @Override
    protected KeyRepository repository() {
        return repository;
    }
}
