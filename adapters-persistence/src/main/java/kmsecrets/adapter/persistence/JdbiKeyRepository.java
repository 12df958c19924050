package kmsecrets.adapter.persistence;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.function.Supplier;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;

/** Customer master keys in PostgreSQL. */
public final class JdbiKeyRepository implements KeyRepository {
    private final JdbiSession session;
    private final CustomerKeyRowMapper mapper = new CustomerKeyRowMapper();

    public JdbiKeyRepository(JdbiSession session) {
        this.session = session;
    }

    @Override
    public Optional<CustomerKey> find(AccountId account, String keyId) {
        return session.withHandle(handle -> handle.createQuery("select " + CustomerKeyRowMapper.COLUMNS
                        + " from customer_keys where account_id = :account and key_id = :keyId")
                .bind("account", account.value()).bind("keyId", keyId).map(mapper).findOne());
    }

    @Override
    public CustomerKey defaultKey(AccountId account, Supplier<CustomerKey> newKey) {
        Optional<CustomerKey> existing = findDefault(account);
        if (existing.isPresent()) {
            return existing.get();
        }
        CustomerKey key = newKey.get();
        // a concurrent first use may win the partial unique index; then its key is the default
        session.withHandle(handle -> handle.createUpdate("insert into customer_keys (" + CustomerKeyRowMapper.COLUMNS
                        + ") values (:keyId, :account, :state, true, :material, :created) "
                        + "on conflict (account_id) where is_default do nothing")
                .bind("keyId", key.keyId()).bind("account", account.value()).bind("state", key.state().wireName())
                .bind("material", key.wrappedMaterial()).bind("created", Timestamp.from(key.createdAt())).execute());
        return findDefault(account).orElseThrow();
    }

    @Override
    public Optional<CustomerKey> findDefault(AccountId account) {
        return session.withHandle(handle -> handle.createQuery("select " + CustomerKeyRowMapper.COLUMNS
                        + " from customer_keys where account_id = :account and is_default")
                .bind("account", account.value()).map(mapper).findOne());
    }
}
