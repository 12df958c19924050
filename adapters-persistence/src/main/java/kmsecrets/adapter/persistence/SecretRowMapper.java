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
            + "s.last_rotation_at, s.next_rotation_at, s.rotation_failures, s.created_at, s.updated_at, s.planned_delete_at, s.revision, "
            + "array(select t.tag_key from secret_tags t where t.secret_id = s.secret_id order by t.tag_key) as tag_keys, "
            + "array(select t.tag_value from secret_tags t where t.secret_id = s.secret_id order by t.tag_key) as tag_values";

    @Override
    public SecretRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        long interval = rs.getLong("rotation_interval_seconds");
        Long intervalOrNull = rs.wasNull() ? null : interval;
        return new SecretRow(rs.getLong("secret_id"), rs.getString("account_id"), rs.getString("name"),
                rs.getString("secret_type"), rs.getString("description"), rs.getString("encryption_key_id"),
                rs.getString("extended_config"), rs.getString("automatic_rotation"), intervalOrNull,
                instant(rs, "last_rotation_at"), instant(rs, "next_rotation_at"), rs.getInt("rotation_failures"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "planned_delete_at"), rs.getLong("revision"),
                strings(rs.getArray("tag_keys")),
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

    /**
     * A secret joined with its versions, oldest first, each with the labels on it: the aggregate in one statement.
     * A secret without versions cannot exist (ACSCurrent must name one), but the left join keeps the row anyway.
     */
    static final class Joined implements RowMapper<Joined.Row> {
        static final String QUERY = "select " + COLUMNS + ", v.version_id, v.data_type, v.key_id, v.key_version_id, v.sealed_value, "
                + "v.created_at as version_created_at, array(select st.stage from secret_stages st "
                + "where st.secret_id = v.secret_id and st.version_id = v.version_id order by st.stage) as stages "
                + "from secrets s left join secret_versions v on v.secret_id = s.secret_id "
                + "where s.account_id = :account and s.name = :name order by v.created_at, v.version_id";

        private final SecretRowMapper secrets;

        Joined(SecretRowMapper secrets) {
            this.secrets = secrets;
        }

        @Override
        public Row map(ResultSet rs, StatementContext ctx) throws SQLException {
            String versionId = rs.getString("version_id");
            SecretVersionRow version = versionId == null ? null : new SecretVersionRow(versionId,
                    rs.getString("data_type"), rs.getString("key_id"), rs.getString("key_version_id"),
                    rs.getBytes("sealed_value"),
                    instant(rs, "version_created_at"), strings(rs.getArray("stages")));
            return new Row(secrets.map(rs, ctx), version);
        }

        record Row(SecretRow secret, SecretVersionRow version) {
        }
    }
}
