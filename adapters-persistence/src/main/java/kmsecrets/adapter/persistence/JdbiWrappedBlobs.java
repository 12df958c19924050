package kmsecrets.adapter.persistence;

import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.WrappedBlobs;
import org.jdbi.v3.core.Jdbi;

/**
 * The master-key-wrapped columns: {@code key_versions.wrapped_material} (bound to the key id),
 * {@code access_keys.wrapped_secret} and {@code db_instances.wrapped_admin_password} (bound to the row's id),
 * {@code audit_checkpoints.seal} (bound to the position). The erased material of destroyed keys is no blob.
 */
public final class JdbiWrappedBlobs implements WrappedBlobs {
    private static final String ALL = "select 0 as kind, key_version_id as row_id, key_id as context_id, "
            + "wrapped_material as wrapped from key_versions where wrapped_material is not null "
            + "union all select 1, access_key_id, access_key_id, wrapped_secret from access_keys "
            + "union all select 2, instance_id, instance_id, wrapped_admin_password from db_instances "
            + "union all select 3, lpad(position::text, 20, '0'), position::text, seal from audit_checkpoints";
    private final Jdbi jdbi;

    public JdbiWrappedBlobs(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Blob> page(Optional<Position> after, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("select kind, row_id, context_id, wrapped from (" + ALL
                        + ") blobs where (kind, row_id) > (:kind, :row) order by kind, row_id limit :limit")
                .bind("kind", after.map(b -> b.kind().ordinal()).orElse(-1))
                .bind("row", after.map(Position::rowId).orElse(""))
                .bind("limit", limit)
                .map((rs, ctx) -> new Blob(Kind.values()[rs.getInt("kind")], rs.getString("row_id"),
                        rs.getString("context_id"), rs.getBytes("wrapped")))
                .list());
    }

    @Override
    public boolean replace(Blob blob, byte[] rewrapped) {
        String sql = switch (blob.kind()) {
            case CUSTOMER_KEY_MATERIAL -> "update key_versions set wrapped_material = :new "
                    + "where key_version_id = :row and wrapped_material = :old";
            case ACCESS_KEY_SECRET -> "update access_keys set wrapped_secret = :new "
                    + "where access_key_id = :row and wrapped_secret = :old";
            case DB_ADMIN_PASSWORD -> "update db_instances set wrapped_admin_password = :new "
                    + "where instance_id = :row and wrapped_admin_password = :old";
            case AUDIT_CHECKPOINT -> "update audit_checkpoints set seal = :new "
                    + "where lpad(position::text, 20, '0') = :row and seal = :old";
        };
        return jdbi.withHandle(handle -> handle.createUpdate(sql).bind("new", rewrapped).bind("row", blob.rowId())
                .bind("old", blob.wrapped()).execute() == 1);
    }
}
