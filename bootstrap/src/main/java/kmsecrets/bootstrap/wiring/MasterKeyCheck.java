package kmsecrets.bootstrap.wiring;

import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import kmsecrets.adapter.crypto.MasterKey;
import kmsecrets.adapter.crypto.MasterKeyWrapping;
import kmsecrets.adapter.persistence.DeploymentSettings;
import kmsecrets.adapter.persistence.JdbiMasterKeyStore;
import kmsecrets.adapter.persistence.JdbiWrappedBlobs;
import kmsecrets.adapter.persistence.PostgresDatabase;
import kmsecrets.application.port.in.MasterKeyStatus;
import kmsecrets.application.port.in.MasterKeyStatusQuery;
import kmsecrets.application.service.MasterKeyStatusService;
import kmsecrets.domain.secret.SecretValue;

/**
 * Refuses to start a node whose master key cannot serve the database. Without this the node would start, report
 * itself healthy, and answer every read with an internal failure.
 * <ul>
 *   <li>The key must be one of the deployment's master keys: its id is listed in {@code master_keys} and it opens
 *       the check value stored there. A database from before key ids keeps a text sealed by its one key
 *       ({@code master_key_check} in {@code deployment_settings}); the key that opens it becomes the original one.</li>
 *   <li>Every stored blob must be wrapped by a key this node holds: a node started with a new key before a rotation
 *       has re-wrapped everything would fail on the rest.</li>
 * </ul>
 */
public final class MasterKeyCheck {
    private static final String SETTING = "master_key_check";
    private static final String CONTEXT = "master-key-check";
    private static final String KNOWN = "kmsecrets master key check";

    private MasterKeyCheck() {
    }

    /** @throws StartupFailure when the key cannot serve the database, saying why and what to change */
    public static void verify(PostgresDatabase database, MasterKey masterKey, String keySource, Clock clock) {
        JdbiMasterKeyStore keys = new JdbiMasterKeyStore(database.jdbi());
        try {
            masterKey.join(keys, () -> opensLegacyCheck(database, masterKey), clock);
        } catch (MasterKey.NotThisDeploymentsKey e) {
            throw new StartupFailure("the master key in " + keySource + " is not a key of this database (" + e
                    .getMessage() + "), so no stored secret could be read: point KMS_MASTER_KEY_FILE (or "
                    + "KMS_MASTER_KEY) at the database's key, restored from its backup, or KMS_DB_URL at the database "
                    + "that belongs to this key");
        }
        MasterKeyStatus status = new MasterKeyStatusService(masterKey, keys, new JdbiWrappedBlobs(database.jdbi()))
                .status(new MasterKeyStatusQuery());
        if (status.blobsOfUnknownKeys() > 0) {
            throw new StartupFailure(status.blobsOfUnknownKeys() + " stored blobs are wrapped by a master key that "
                    + keySource + " (key " + masterKey.ownKeyId() + ") does not lead to: a master-key rotation to it "
                    + "has not finished; run master-key rotate again with the old key, or start with the old key");
        }
    }

    /** The text sealed by the deployment's first key (stored now if there is none): only that key opens it. */
    private static boolean opensLegacyCheck(PostgresDatabase database, MasterKey masterKey) {
        MasterKeyWrapping wrapping = new MasterKeyWrapping(masterKey);
        String stored = new DeploymentSettings(database.jdbi()).getOrCreate(SETTING, () -> Base64.getEncoder()
                .encodeToString(wrapping.wrap(SecretValue.ofText(KNOWN), CONTEXT)));
        try {
            return Optional.of(wrapping.unwrap(Base64.getDecoder().decode(stored), CONTEXT).asText())
                    .equals(Optional.of(KNOWN));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
