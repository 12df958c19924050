package kmsecrets.application.service;

import kmsecrets.application.port.in.MasterKeyStatus;
import kmsecrets.application.port.in.RetireMasterKeyCommand;
import kmsecrets.application.port.in.RetireMasterKeyUseCase;
import kmsecrets.application.port.out.MasterKeyRing;
import kmsecrets.application.port.out.MasterKeyStore;
import kmsecrets.application.port.out.WrappedBlobs;
import kmsecrets.domain.error.KeyStateConflict;

/** Forgets a master key only when it is not primary, not this node's own, and wraps nothing. */
public final class RetireMasterKeyService implements RetireMasterKeyUseCase {
    private final MasterKeyRing ring;
    private final MasterKeyStore keys;
    private final WrappedBlobs blobs;

    public RetireMasterKeyService(MasterKeyRing ring, MasterKeyStore keys, WrappedBlobs blobs) {
        this.ring = ring;
        this.keys = keys;
        this.blobs = blobs;
    }

    @Override
    public void retire(RetireMasterKeyCommand command) {
        if (keys.keys().stream().noneMatch(k -> k.keyId().equals(command.keyId()))) {
            throw refused("master key " + command.keyId() + " is not one of this deployment's");
        }
        MasterKeyStatus.Key key = new MasterKeyStatus.Key(command.keyId(),
                command.keyId().equals(ring.primaryKeyId()), command.keyId().equals(ring.ownKeyId()),
                BlobCensus.byKey(ring, blobs).getOrDefault(command.keyId(), 0L));
        if (key.primary()) {
            throw refused("master key " + key.keyId() + " is the primary one; rotate to another key first");
        }
        if (key.own()) {
            throw refused("master key " + key.keyId() + " is the one this command runs with; run it with the new "
                    + "key (KMS_MASTER_KEY_FILE)");
        }
        if (key.blobs() > 0) {
            throw refused("master key " + key.keyId() + " still wraps " + key.blobs() + " blobs; run master-key "
                    + "rotate again to re-wrap them");
        }
        keys.remove(key.keyId());
    }

    private static KeyStateConflict refused(String message) {
        return new KeyStateConflict(message);
    }
}
