package kmsecrets.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyState;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps {@code customer_keys} rows. */
final class CustomerKeyRowMapper implements RowMapper<CustomerKey> {
    static final String COLUMNS = "key_id, account_id, state, is_default, wrapped_material, created_at, description, "
            + "delete_date";

    @Override
    public CustomerKey map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CustomerKey(rs.getString("key_id"), new AccountId(rs.getString("account_id")),
                KeyState.fromWireName(rs.getString("state")), rs.getBoolean("is_default"),
                rs.getBytes("wrapped_material"), SecretRowMapper.instant(rs, "created_at"), rs.getString("description"),
                java.util.Optional.ofNullable(SecretRowMapper.instant(rs, "delete_date")));
    }
}
