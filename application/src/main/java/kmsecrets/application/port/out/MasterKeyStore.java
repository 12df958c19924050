package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The deployment's master keys as the database keeps them: never a key itself, only each key's id, a check value
 * the key alone opens, and, for a key added by a rotation, its material wrapped under the key that was primary then
 * (so that nodes still holding that older key learn the new one). One key is primary: new blobs are wrapped by it.
 */
public interface MasterKeyStore {

    /**
     * A master key of the deployment. {@code original}: blobs from before master keys had ids (they carry none)
     * are this key's.
     */
    record StoredKey(String keyId, byte[] check, Optional<byte[]> wrappedMaterial, Optional<String> wrappedBy,
                     boolean original, Instant addedAt) {
    }

    List<StoredKey> keys();

    /** Adds the key unless one with its id is there already. */
    void add(StoredKey key);

    Optional<String> primary();

    /** Sets the primary key, if none is set yet ({@code expected} empty) or it is still {@code expected}. */
    boolean setPrimary(Optional<String> expected, String keyId);

    /**
     * Forgets a key that wraps nothing: its row, and the copy of every other key's material wrapped under it.
     */
    void remove(String keyId);
}
