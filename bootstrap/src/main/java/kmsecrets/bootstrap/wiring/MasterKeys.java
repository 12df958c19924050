package kmsecrets.bootstrap.wiring;

import java.security.SecureRandom;
import kmsecrets.adapter.crypto.MasterKey;
import kmsecrets.adapter.crypto.MasterKeyFile;

/** Where a process gets its master key: {@code KMS_MASTER_KEY}, else the file {@code KMS_MASTER_KEY_FILE}. */
public final class MasterKeys {
    private MasterKeys() {
    }

    /**
     * Loads the key; the service creates the file when it is missing ({@code create}), the administration commands
     * never do (a new key would not match the data).
     *
     * @throws StartupFailure when the key is missing or malformed, naming the setting
     */
    public static MasterKey load(Config config, SecureRandom random, boolean create) {
        try {
            if (config.inlineMasterKey().isPresent()) {
                return MasterKeyFile.fromBase64(config.inlineMasterKey().get().base64(), random);
            }
            return create ? MasterKeyFile.loadOrCreate(config.masterKeyFile(), random)
                    : MasterKeyFile.load(config.masterKeyFile(), random);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new StartupFailure(e.getMessage(), e);
        }
    }
}
