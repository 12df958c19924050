package kmsecrets.adapter.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps {@code secrets} rows (with aggregated tags) and {@code secret_versions} rows (with their labels). */
final class SecretRowMapper implements RowMapper<SecretRow> {
    static final String COLUMNS = "s.secret_id, s.account_id, s.name, s.secret_type, s.description, "
            + "s.encryption_key_id, s.extended_config, s.automatic_rotation, s.rotation_interval_seconds, "
            + "s.last_rotation_at, s.next_rotation_at, s.created_at, s.updated_at, s.planned_delete_at, "
            + "array(select t.tag_key from secret_tags t where t.secret_id = s.secret_id order by t.tag_key) as tag_keys, "
            + "array(select t.tag_value from secret_tags t where t.secret_id = s.secret_id order by t.tag_key) as tag_values";

    @Override
    public SecretRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        long interval = rs.getLong("rotation_interval_seconds");
        Long intervalOrNull = rs.wasNull() ? null : interval;
        return new SecretRow(rs.getLong("secret_id"), rs.getString("account_id"), rs.getString("name"),
                rs.getString("secret_type"), rs.getString("description"), rs.getString("encryption_key_id"),
                rs.getString("extended_config"), rs.getString("automatic_rotation"), intervalOrNull,
                instant(rs, "last_rotation_at"), instant(rs, "next_rotation_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "planned_delete_at"), strings(rs.getArray("tag_keys")),
                strings(rs.getArray("tag_values")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).filter(v -> v != null).map(String.class::cast).toList();
    }

    /** Versions of one secret, oldest first, each with the labels on it, read in one statement. */
    static final class Versions implements RowMapper<SecretVersionRow> {
        static final String QUERY = "select v.version_id, v.data_type, v.key_id, v.sealed_value, v.created_at, "
                + "array_remove(array_agg(st.stage order by st.stage), null) as stages "
                + "from secret_versions v left join secret_stages st "
                + "on st.secret_id = v.secret_id and st.version_id = v.version_id "
                + "where v.secret_id = :secretId group by v.secret_id, v.version_id "
                + "order by v.created_at, v.version_id";

        @Override
        public SecretVersionRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new SecretVersionRow(rs.getString("version_id"), rs.getString("data_type"),
                    rs.getString("key_id"), rs.getBytes("sealed_value"), instant(rs, "created_at"),
                    strings(rs.getArray("stages")));
        }
    }
}
