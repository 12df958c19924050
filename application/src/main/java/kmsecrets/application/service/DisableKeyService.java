package kmsecrets.application.service;

import kmsecrets.application.port.in.DisableKeyUseCase;
import kmsecrets.application.port.in.KeyStateCommand;
import kmsecrets.domain.key.CustomerKey;

/** DisableKey: the domain allows it from Enabled (and Disabled, as a no-op). */
public final class DisableKeyService implements DisableKeyUseCase {
    private final KeyAccess access;

    public DisableKeyService(KeyAccess access) {
        this.access = access;
    }

    @Override
    public void disableKey(KeyStateCommand command) {
        access.change(command.caller(), command.keyId(), "kms:DisableKey", CustomerKey::disable);
    }
}
