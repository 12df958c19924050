package kmsecrets.adapter.persistence;

import java.time.Instant;
import kmsecrets.application.port.out.AliasRepository;
import kmsecrets.application.port.out.AliasRepositoryContract;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapter passes the alias repository contract. */
class JdbiAliasRepositoryTest extends AliasRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static final String FIRST = "key-alias-one00000000000";
    private static final String SECOND = "key-alias-two00000000000";

    private AliasRepository repository;

    @BeforeEach
    void emptyStore() {
        DB.database().jdbi().useHandle(h -> h.execute("truncate customer_keys, key_versions, key_aliases cascade"));
        JdbiSession session = new JdbiSession(DB.database().jdbi());
        JdbiKeyRepository keys = new JdbiKeyRepository(session);
        for (String id : new String[] {FIRST, SECOND}) {
            keys.insert(new CustomerKey(id, ACCOUNT, KeyState.ENABLED, false, new byte[] {1}, Instant.EPOCH));
        }
        repository = new JdbiAliasRepository(session);
    }

    @Override
    protected AliasRepository repository() {
        return repository;
    }

    @Override
    protected String firstKey() {
        return FIRST;
    }

    @Override
    protected String secondKey() {
        return SECOND;
    }
}
