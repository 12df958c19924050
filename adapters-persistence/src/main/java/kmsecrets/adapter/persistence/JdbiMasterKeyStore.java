package kmsecrets.adapter.persistence;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.MasterKeyStore;
import org.jdbi.v3.core.Jdbi;

/** The master keys' ids, check values and wrapped copies in {@code master_keys}; the primary in the settings. */
public final class JdbiMasterKeyStore implements MasterKeyStore {
    private static final String PRIMARY = "master_key_primary";
    private final Jdbi jdbi;

    public JdbiMasterKeyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<StoredKey> keys() {
        return jdbi.withHandle(handle -> handle.createQuery("select key_id, check_value, wrapped_material, wrapped_by, "
                        + "original, added_at from master_keys order by added_at, key_id")
                .map((rs, ctx) -> new StoredKey(rs.getString("key_id"), rs.getBytes("check_value"),
                        Optional.ofNullable(rs.getBytes("wrapped_material")),
                        Optional.ofNullable(rs.getString("wrapped_by")), rs.getBoolean("original"),
                        rs.getTimestamp("added_at").toInstant()))
                .list());
    }

    @Override
    public void add(StoredKey key) {
        jdbi.useHandle(handle -> handle.createUpdate("insert into master_keys (key_id, check_value, wrapped_material, "
                        + "wrapped_by, original, added_at) values (:id, :check, :material, :by, :original, :at) "
                        + "on conflict do nothing")
                .bind("id", key.keyId()).bind("check", key.check())
                .bind("material", key.wrappedMaterial().orElse(null)).bind("by", key.wrappedBy().orElse(null))
                .bind("original", key.original()).bind("at", Timestamp.from(key.addedAt())).execute());
    }

    @Override
    public Optional<String> primary() {
        return new DeploymentSettings(jdbi).find(PRIMARY);
    }

    @Override
    public boolean setPrimary(Optional<String> expected, String keyId) {
        return jdbi.withHandle(handle -> expected.isEmpty()
                ? handle.createUpdate("insert into deployment_settings (name, value) values (:name, :value) "
                        + "on conflict (name) do nothing").bind("name", PRIMARY).bind("value", keyId).execute() == 1
                : handle.createUpdate("update deployment_settings set value = :value where name = :name "
                        + "and value = :expected").bind("name", PRIMARY).bind("value", keyId)
                        .bind("expected", expected.get()).execute() == 1);
    }

    @Override
    public void remove(String keyId) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("update master_keys set wrapped_material = null, wrapped_by = null "
                    + "where wrapped_by = :id").bind("id", keyId).execute();
            handle.createUpdate("delete from master_keys where key_id = :id").bind("id", keyId).execute();
        });
    }
}
