package kmsecrets.application.service;

import kmsecrets.application.port.in.MasterKeyStatus;
import kmsecrets.application.port.in.MasterKeyStatusQuery;
import kmsecrets.application.port.in.MasterKeyStatusUseCase;
import kmsecrets.application.port.in.RetireMasterKeyCommand;
import kmsecrets.application.port.in.RetireMasterKeyUseCase;
import kmsecrets.application.port.out.MasterKeyStore;
import kmsecrets.domain.error.KeyStateConflict;

/** Forgets a master key only when it is not primary, not this node's own, and wraps nothing. */
public final class RetireMasterKeyService implements RetireMasterKeyUseCase {
    private final MasterKeyStatusUseCase status;
    private final MasterKeyStore keys;

    public RetireMasterKeyService(MasterKeyStatusUseCase status, MasterKeyStore keys) {
        this.status = status;
        this.keys = keys;
    }

    @Override
    public void retire(RetireMasterKeyCommand command) {
        MasterKeyStatus.Key key = status.status(new MasterKeyStatusQuery()).keys().stream()
                .filter(k -> k.keyId().equals(command.keyId())).findFirst()
                .orElseThrow(() -> refused("master key " + command.keyId() + " is not one of this deployment's"));
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
