package kmsecrets.application.service;

import kmsecrets.application.port.in.CancelKeyDeletionUseCase;
import kmsecrets.application.port.in.KeyStateCommand;
import kmsecrets.domain.key.CustomerKey;

/** CancelKeyDeletion: only a key pending deletion; it returns to Enabled. */
public final class CancelKeyDeletionService implements CancelKeyDeletionUseCase {
    private final KeyAccess access;

    public CancelKeyDeletionService(KeyAccess access) {
        this.access = access;
    }

    @Override
    public void cancelKeyDeletion(KeyStateCommand command) {
        access.change(command.caller(), command.keyId(), "kms:CancelKeyDeletion", CustomerKey::cancelDeletion);
    }
}
