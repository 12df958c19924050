package kmsecrets.application.service;

import kmsecrets.application.port.in.UpdateKeyDescriptionCommand;
import kmsecrets.application.port.in.UpdateKeyDescriptionUseCase;

/** UpdateKeyDescription: under the key's row lock, like every key change. */
public final class UpdateKeyDescriptionService implements UpdateKeyDescriptionUseCase {
    private final KeyAccess access;

    public UpdateKeyDescriptionService(KeyAccess access) {
        this.access = access;
    }

    @Override
    public void updateKeyDescription(UpdateKeyDescriptionCommand command) {
        access.change(command.caller(), command.keyId(), "kms:UpdateKeyDescription",
                key -> key.describe(command.description()));
    }
}
