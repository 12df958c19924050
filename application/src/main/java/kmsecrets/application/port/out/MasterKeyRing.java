package kmsecrets.application.port.out;

import java.util.Set;
import kmsecrets.domain.secret.SecretValue;

/**
 * The master keys this node holds: the one it was started with and those it learned from the database (wrapped
 * under a key it holds). Every wrapped blob names the key that wrapped it.
 */
public interface MasterKeyRing {
    /** The id of the key this node was started with. */
    String ownKeyId();

    /** The id of the key new blobs are wrapped under. */
    String primaryKeyId();

    /** The ids of the keys this node can open blobs of. */
    Set<String> heldKeyIds();

    /**
     * Adds a key to the deployment (stored wrapped under the primary, with its check value) unless it is there
     * already; returns its id.
     */
    String enrol(SecretValue material);

    /** Makes a key the deployment holds the primary one. */
    void makePrimary(String keyId);

    /** The id of the key that wrapped this blob. */
    String keyIdOf(byte[] wrapped);

    /** The blob's plaintext wrapped again, under the primary key, bound to the same context. */
    byte[] rewrap(WrappedBlobs.Blob blob);
}
