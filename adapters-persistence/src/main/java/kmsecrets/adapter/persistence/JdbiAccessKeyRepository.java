package kmsecrets.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.AccessKeyRepository;
import kmsecrets.domain.account.AccountId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Access keys in PostgreSQL; the secret column holds only master-key-wrapped bytes. */
public final class JdbiAccessKeyRepository implements AccessKeyRepository {
    private static final String COLUMNS = "access_key_id, account_id, principal, is_root, enabled, wrapped_secret";
    private static final RowMapper<StoredAccessKey> MAPPER = JdbiAccessKeyRepository::map;

    private final JdbiSession session;

    public JdbiAccessKeyRepository(JdbiSession session) {
        this.session = session;
    }

    @Override
    public Optional<StoredAccessKey> find(String accessKeyId) {
        return session.withHandle(handle -> handle.createQuery("select " + COLUMNS
                        + " from access_keys where access_key_id = :id")
                .bind("id", accessKeyId).map(MAPPER).findOne());
    }

    @Override
    public Optional<StoredAccessKey> findRoot(AccountId account) {
        return session.withHandle(handle -> handle.createQuery("select " + COLUMNS
                        + " from access_keys where account_id = :account and is_root order by created_at limit 1")
                .bind("account", account.value()).map(MAPPER).findOne());
    }

    @Override
    public void save(StoredAccessKey key) {
        session.withHandle(handle -> handle.createUpdate("insert into access_keys (" + COLUMNS + ") values "
                        + "(:id, :account, :principal, :root, :enabled, :secret) on conflict (access_key_id) do update "
                        + "set wrapped_secret = excluded.wrapped_secret, enabled = excluded.enabled")
                .bind("id", key.accessKeyId()).bind("account", key.account().value())
                .bind("principal", key.principal()).bind("root", key.root()).bind("enabled", key.enabled())
                .bind("secret", key.wrappedSecret()).execute());
    }

    @Override
    public List<StoredAccessKey> list(AccountId account, Optional<String> principal) {
        String onePrincipal = principal.isPresent() ? " and principal = :principal" : "";
        return session.withHandle(handle -> handle.createQuery("select " + COLUMNS + " from access_keys "
                        + "where account_id = :account" + onePrincipal + " order by created_at, access_key_id")
                .bind("account", account.value()).bind("principal", principal.orElse("")).map(MAPPER).list());
    }

    @Override
    public boolean setEnabled(AccountId account, String accessKeyId, boolean enabled) {
        return session.withHandle(handle -> handle.createUpdate("update access_keys set enabled = :enabled "
                        + "where account_id = :account and access_key_id = :id")
                .bind("enabled", enabled).bind("account", account.value()).bind("id", accessKeyId).execute()) == 1;
    }

    @Override
    public boolean delete(AccountId account, String accessKeyId) {
        return session.withHandle(handle -> handle.createUpdate("delete from access_keys "
                        + "where account_id = :account and access_key_id = :id")
                .bind("account", account.value()).bind("id", accessKeyId).execute()) == 1;
    }

    private static StoredAccessKey map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredAccessKey(rs.getString("access_key_id"), new AccountId(rs.getString("account_id")),
                rs.getString("principal"), rs.getBoolean("is_root"), rs.getBoolean("enabled"),
                rs.getBytes("wrapped_secret"));
    }
}
