package kmsecrets.bootstrap.wiring;

import java.util.Base64;
import java.util.Optional;
import kmsecrets.adapter.crypto.MasterKey;
import kmsecrets.adapter.crypto.MasterKeyWrapping;
import kmsecrets.adapter.persistence.DeploymentSettings;
import kmsecrets.adapter.persistence.PostgresDatabase;
import kmsecrets.domain.secret.SecretValue;

/**
 * Refuses to start a node whose master key is not the one the database's data was sealed under. Without this the
 * node would start, report itself healthy, and answer every read with an internal failure. The database keeps a
 * known text sealed by the master key ({@code master_key_check} in {@code deployment_settings}); a key that cannot
 * open it is another key. A database from before the check gets it on its first start.
 */
public final class MasterKeyCheck {
    private static final String SETTING = "master_key_check";
    private static final String CONTEXT = "master-key-check";
    private static final String KNOWN = "kmsecrets master key check";

    private MasterKeyCheck() {
    }

    /** @throws StartupFailure when the key does not open the database's check value */
    public static void verify(PostgresDatabase database, MasterKey masterKey, String keySource) {
        MasterKeyWrapping wrapping = new MasterKeyWrapping(masterKey);
        DeploymentSettings settings = new DeploymentSettings(database.jdbi());
        String stored = settings.getOrCreate(SETTING, () -> Base64.getEncoder().encodeToString(
                wrapping.wrap(SecretValue.ofText(KNOWN), CONTEXT)));
        Optional<String> opened;
        try {
            opened = Optional.of(wrapping.unwrap(Base64.getDecoder().decode(stored), CONTEXT).asText());
        } catch (RuntimeException e) {
            opened = Optional.empty();
        }
        if (!opened.equals(Optional.of(KNOWN))) {
            throw new StartupFailure("the master key in " + keySource + " is not the key this database was sealed "
                    + "with, so no stored secret could be read: point KMS_MASTER_KEY_FILE at that key (restore it "
                    + "from its backup), or KMS_DB_URL at the database that belongs to this key");
        }
    }
}
