package kmsecrets.application.service;

import kmsecrets.application.port.in.UpdateRotationPolicyCommand;
import kmsecrets.application.port.in.UpdateRotationPolicyUseCase;
import kmsecrets.domain.key.KeyRotation;

/** UpdateRotationPolicy: the next rotation counts from the key's last one. */
public final class UpdateRotationPolicyService implements UpdateRotationPolicyUseCase {
    private final KeyAccess access;

    public UpdateRotationPolicyService(KeyAccess access) {
        this.access = access;
    }

    @Override
    public void updateRotationPolicy(UpdateRotationPolicyCommand command) {
        access.change(command.caller(), command.keyId(), "kms:UpdateRotationPolicy", key -> key.withRotation(
                command.enable() ? KeyRotation.every(command.interval().orElseThrow(), key.lastRotation())
                        : KeyRotation.OFF));
    }
}
