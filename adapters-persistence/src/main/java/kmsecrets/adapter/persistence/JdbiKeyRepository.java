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
        session.withHandle(handle -> handle.createUpdate("insert into customer_keys (key_id, account_id, state, "
                        + "is_default, wrapped_material, created_at) values (:keyId, :account, :state, true, :material, "
                        + ":created) on conflict (account_id) where is_default do nothing")
                .bind("keyId", key.keyId()).bind("account", account.value()).bind("state", key.state().wireName())
                .bind("material", key.wrappedMaterial()).bind("created", Timestamp.from(key.createdAt())).execute());
        return findDefault(account).orElseThrow();
    }

    @Override
    public Optional<CustomerKey> findForUpdate(AccountId account, String keyId) {
        return session.withHandle(handle -> handle.createQuery("select " + CustomerKeyRowMapper.COLUMNS
                        + " from customer_keys where account_id = :account and key_id = :keyId for update")
                .bind("account", account.value()).bind("keyId", keyId).map(mapper).findOne());
    }

    @Override
    public void insert(CustomerKey key) {
        session.withHandle(handle -> handle.createUpdate("insert into customer_keys (key_id, account_id, state, "
                        + "is_default, wrapped_material, created_at, description) values (:keyId, :account, :state, "
                        + ":isDefault, :material, :created, :description)")
                .bind("keyId", key.keyId()).bind("account", key.account().value()).bind("state", key.state().wireName())
                .bind("isDefault", key.accountDefault()).bind("material", key.wrappedMaterial())
                .bind("created", Timestamp.from(key.createdAt())).bind("description", key.description()).execute());
    }

    @Override
    public void update(CustomerKey key) {
        session.withHandle(handle -> handle.createUpdate("update customer_keys set state = :state, "
                        + "description = :description, delete_date = :deleteDate where key_id = :keyId "
                        + "and account_id = :account")
                .bind("state", key.state().wireName()).bind("description", key.description())
                .bind("deleteDate", key.deleteDate().map(Timestamp::from).orElse(null))
                .bind("keyId", key.keyId()).bind("account", key.account().value()).execute());
    }

    @Override
    public java.util.List<CustomerKey> list(AccountId account, long offset, int limit) {
        return session.withHandle(handle -> handle.createQuery("select " + CustomerKeyRowMapper.COLUMNS
                        + " from customer_keys where account_id = :account order by created_at, key_id "
                        + "offset :offset limit :limit")
                .bind("account", account.value()).bind("offset", offset).bind("limit", limit).map(mapper).list());
    }

    @Override
    public long count(AccountId account) {
        return session.withHandle(handle -> handle.createQuery("select count(*) from customer_keys "
                + "where account_id = :account").bind("account", account.value()).mapTo(Long.class).one());
    }

    @Override
    public Optional<CustomerKey> findDefault(AccountId account) {
        return session.withHandle(handle -> handle.createQuery("select " + CustomerKeyRowMapper.COLUMNS
                        + " from customer_keys where account_id = :account and is_default")
                .bind("account", account.value()).map(mapper).findOne());
    }
}
