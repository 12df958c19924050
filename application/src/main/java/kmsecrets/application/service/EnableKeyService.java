package kmsecrets.application.service;

import kmsecrets.application.port.in.EnableKeyUseCase;
import kmsecrets.application.port.in.KeyStateCommand;
import kmsecrets.domain.key.CustomerKey;

/** EnableKey: the domain allows it from Disabled (and Enabled, as a no-op). */
public final class EnableKeyService implements EnableKeyUseCase {
    private final KeyAccess access;

    public EnableKeyService(KeyAccess access) {
        this.access = access;
    }

    @Override
    public void enableKey(KeyStateCommand command) {
        access.change(command.caller(), command.keyId(), "kms:EnableKey", CustomerKey::enable);
    }
}
