package kmsecrets.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyRotation;
import kmsecrets.domain.key.KeyState;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps {@code customer_keys} rows. */
final class CustomerKeyRowMapper implements RowMapper<CustomerKey> {
    /** A key with its primary version's material: select COLUMNS + FROM. */
    static final String COLUMNS = "k.key_id, k.account_id, k.state, k.is_default, v.wrapped_material, k.created_at, "
            + "k.description, k.delete_date, k.primary_version_id, v.created_at as primary_created_at, "
            + "k.rotation_interval_seconds, k.next_rotation_at";
    static final String FROM = " from customer_keys k join key_versions v on v.key_version_id = k.primary_version_id";

    @Override
    public CustomerKey map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CustomerKey(rs.getString("key_id"), new AccountId(rs.getString("account_id")),
                KeyState.fromWireName(rs.getString("state")), rs.getBoolean("is_default"),
                rs.getBytes("wrapped_material"), SecretRowMapper.instant(rs, "created_at"), rs.getString("description"),
                java.util.Optional.ofNullable(SecretRowMapper.instant(rs, "delete_date")),
                rs.getString("primary_version_id"), SecretRowMapper.instant(rs, "primary_created_at"), rotation(rs));
    }

    private static KeyRotation rotation(ResultSet rs) throws SQLException {
        long seconds = rs.getLong("rotation_interval_seconds");
        if (rs.wasNull()) {
            return KeyRotation.OFF;
        }
        return new KeyRotation(java.util.Optional.of(java.time.Duration.ofSeconds(seconds)),
                java.util.Optional.of(SecretRowMapper.instant(rs, "next_rotation_at")));
    }
}
