package kmsecrets.adapter.persistence;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.function.Supplier;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyVersion;

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
                        + CustomerKeyRowMapper.FROM + " where k.account_id = :account and k.key_id = :keyId"
                        + " and k.state <> 'Destroyed'")
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
        // key and first version reference each other: one transaction (joins the caller's, if there is one)
        session.withHandle(outer -> outer.inTransaction(handle -> {
            int inserted = handle.createUpdate("insert into customer_keys (key_id, account_id, state, is_default, "
                            + "created_at, primary_version_id) values (:keyId, :account, :state, true, :created, "
                            + ":version) on conflict (account_id) where is_default do nothing")
                    .bind("keyId", key.keyId()).bind("account", account.value()).bind("state", key.state().wireName())
                    .bind("created", Timestamp.from(key.createdAt())).bind("version", key.primaryVersionId()).execute();
            if (inserted == 1) {
                insertVersion(handle, key.primary());
            }
            return inserted;
        }));
        return findDefault(account).orElseThrow();
    }

    /**
     * The row lock in a statement of its own, then the key in a new one, which sees what the previous holder
     * committed (a locking join would return the primary version of the snapshot taken before the wait).
     */
    @Override
    public Optional<CustomerKey> findForUpdate(AccountId account, String keyId) {
        return session.withHandle(handle -> {
            boolean locked = handle.createQuery("select true from customer_keys where account_id = :account "
                            + "and key_id = :keyId and state <> 'Destroyed' for update")
                    .bind("account", account.value()).bind("keyId", keyId).mapTo(Boolean.class).findOne().isPresent();
            return locked ? find(account, keyId) : Optional.empty();
        });
    }

    @Override
    public void insert(CustomerKey key) {
        session.withHandle(outer -> outer.inTransaction(handle -> {
            handle.createUpdate("insert into customer_keys (key_id, account_id, state, is_default, created_at, "
                            + "description, primary_version_id) values (:keyId, :account, :state, :isDefault, :created, "
                            + ":description, :version)")
                    .bind("keyId", key.keyId()).bind("account", key.account().value())
                    .bind("state", key.state().wireName()).bind("isDefault", key.accountDefault())
                    .bind("created", Timestamp.from(key.createdAt())).bind("description", key.description())
                    .bind("version", key.primaryVersionId()).execute();
            return insertVersion(handle, key.primary());
        }));
    }

    private static int insertVersion(org.jdbi.v3.core.Handle handle, KeyVersion version) {
        return handle.createUpdate("insert into key_versions (key_version_id, key_id, wrapped_material, created_at) "
                        + "values (:id, :keyId, :material, :created)")
                .bind("id", version.versionId()).bind("keyId", version.keyId())
                .bind("material", version.wrappedMaterial()).bind("created", Timestamp.from(version.createdAt()))
                .execute();
    }

    @Override
    public Optional<KeyVersion> findVersion(AccountId account, String keyVersionId) {
        return session.withHandle(handle -> handle.createQuery("select v.key_version_id, v.key_id, v.wrapped_material, "
                        + "v.created_at from key_versions v join customer_keys k on k.key_id = v.key_id "
                        + "where v.key_version_id = :id and k.account_id = :account and k.state <> 'Destroyed'")
                .bind("id", keyVersionId).bind("account", account.value()).map(JdbiKeyRepository::version).findOne());
    }

    @Override
    public java.util.List<KeyVersion> versions(AccountId account, String keyId) {
        return session.withHandle(handle -> handle.createQuery("select v.key_version_id, v.key_id, v.wrapped_material, "
                        + "v.created_at from key_versions v join customer_keys k on k.key_id = v.key_id "
                        + "where v.key_id = :keyId and k.account_id = :account and k.state <> 'Destroyed' "
                        + "order by v.created_at, v.key_version_id")
                .bind("keyId", keyId).bind("account", account.value()).map(JdbiKeyRepository::version).list());
    }

    @Override
    public void addVersion(CustomerKey rotated, KeyVersion version) {
        session.withHandle(handle -> {
            insertVersion(handle, version);
            return handle.createUpdate("update customer_keys set primary_version_id = :version "
                            + "where key_id = :keyId and account_id = :account")
                    .bind("version", rotated.primaryVersionId()).bind("keyId", rotated.keyId())
                    .bind("account", rotated.account().value()).execute();
        });
    }

    private static KeyVersion version(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new KeyVersion(rs.getString("key_version_id"), rs.getString("key_id"), rs.getBytes("wrapped_material"),
                SecretRowMapper.instant(rs, "created_at"));
    }

    @Override
    public void update(CustomerKey key) {
        session.withHandle(handle -> handle.createUpdate("update customer_keys set state = :state, "
                        + "description = :description, delete_date = :deleteDate, rotation_interval_seconds = :interval, "
                        + "next_rotation_at = :next where key_id = :keyId and account_id = :account")
                .bind("state", key.state().wireName()).bind("description", key.description())
                .bind("deleteDate", key.deleteDate().map(Timestamp::from).orElse(null))
                .bind("interval", key.rotation().interval().map(java.time.Duration::getSeconds).orElse(null))
                .bind("next", key.rotation().next().map(Timestamp::from).orElse(null))
                .bind("keyId", key.keyId()).bind("account", key.account().value()).execute());
    }

    @Override
    public java.util.List<CustomerKey> lockDueForRotation(java.time.Instant now, int limit) {
        // as in findForUpdate: lock the rows first, read the keys after
        return session.withHandle(handle -> {
            java.util.List<String> locked = lockDue(handle, "state = 'Enabled' and next_rotation_at <= :now",
                    "next_rotation_at", now, limit);
            if (locked.isEmpty()) {
                return java.util.List.of();
            }
            return handle.createQuery("select " + CustomerKeyRowMapper.COLUMNS + CustomerKeyRowMapper.FROM
                            + " where k.key_id in (<ids>) order by k.next_rotation_at")
                    .bindList("ids", locked).map(mapper).list();
        });
    }

    @Override
    public java.util.List<CustomerKey> list(AccountId account, long offset, int limit) {
        return session.withHandle(handle -> handle.createQuery("select " + CustomerKeyRowMapper.COLUMNS
                        + CustomerKeyRowMapper.FROM + " where k.account_id = :account and k.state <> 'Destroyed' "
                        + "order by k.created_at, k.key_id "
                        + "offset :offset limit :limit")
                .bind("account", account.value()).bind("offset", offset).bind("limit", limit).map(mapper).list());
    }

    @Override
    public java.util.List<kmsecrets.domain.secret.Tag> tags(String keyId) {
        return session.withHandle(handle -> handle.createQuery("select tag_key, tag_value from key_tags "
                        + "where key_id = :keyId order by tag_key").bind("keyId", keyId)
                .map((rs, ctx) -> new kmsecrets.domain.secret.Tag(rs.getString(1), rs.getString(2))).list());
    }

    @Override
    public void saveTags(String keyId, java.util.List<kmsecrets.domain.secret.Tag> tags) {
        session.withHandle(handle -> {
            handle.createUpdate("delete from key_tags where key_id = :keyId").bind("keyId", keyId).execute();
            if (!tags.isEmpty()) {
                var batch = handle.prepareBatch("insert into key_tags (key_id, tag_key, tag_value) "
                        + "values (:keyId, :key, :value)");
                tags.forEach(t -> batch.bind("keyId", keyId).bind("key", t.key()).bind("value", t.value()).add());
                batch.execute();
            }
            return tags.size();
        });
    }

    @Override
    public long count(AccountId account) {
        return session.withHandle(handle -> handle.createQuery("select count(*) from customer_keys "
                + "where account_id = :account and state <> 'Destroyed'").bind("account", account.value())
                .mapTo(Long.class).one());
    }

    @Override
    public Optional<CustomerKey> findDefault(AccountId account) {
        return session.withHandle(handle -> handle.createQuery("select " + CustomerKeyRowMapper.COLUMNS
                        + CustomerKeyRowMapper.FROM + " where k.account_id = :account and k.is_default")
                .bind("account", account.value()).map(mapper).findOne());
    }

    /**
     * Destroys keys whose DeleteDate has passed, each by exactly one node (rows locked, those another node holds
     * skipped): the state becomes Destroyed, every version's material is erased, aliases and tags are deleted.
     */
    @Override
    public java.util.List<String> destroyDue(java.time.Instant now, int limit) {
        return session.withHandle(handle -> {
            java.util.List<String> due = lockDue(handle, "state = 'PendingDeletion' and delete_date <= :now",
                    "delete_date", now, limit);
            if (due.isEmpty()) {
                return due;
            }
            handle.createUpdate("update customer_keys set state = 'Destroyed', rotation_interval_seconds = null, "
                    + "next_rotation_at = null where key_id in (<ids>)").bindList("ids", due).execute();
            handle.createUpdate("update key_versions set wrapped_material = null where key_id in (<ids>)")
                    .bindList("ids", due).execute();
            handle.createUpdate("delete from key_aliases where key_id in (<ids>)").bindList("ids", due).execute();
            handle.createUpdate("delete from key_tags where key_id in (<ids>)").bindList("ids", due).execute();
            return due;
        });
    }

    /**
     * Locks up to {@code limit} keys that are due ({@code condition}, oldest {@code order} first), skipping those
     * another node holds, so that each due key is handled by one node; returns their ids.
     */
    private static java.util.List<String> lockDue(org.jdbi.v3.core.Handle handle, String condition, String order,
                                                  java.time.Instant now, int limit) {
        return handle.createQuery("select key_id from customer_keys where " + condition + " order by " + order
                        + " limit :limit for update skip locked")
                .bind("now", Timestamp.from(now)).bind("limit", limit).mapTo(String.class).list();
    }
}
