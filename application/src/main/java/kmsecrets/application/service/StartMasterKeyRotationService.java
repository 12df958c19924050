package kmsecrets.application.service;

import kmsecrets.application.port.in.MasterKeyRotation;
import kmsecrets.application.port.in.StartMasterKeyRotationCommand;
import kmsecrets.application.port.in.StartMasterKeyRotationUseCase;
import kmsecrets.application.port.out.MasterKeyRing;

/** Enrols the new master key (wrapped under the current primary, so every node learns it), then makes it primary. */
public final class StartMasterKeyRotationService implements StartMasterKeyRotationUseCase {
    private final MasterKeyRing ring;

    public StartMasterKeyRotationService(MasterKeyRing ring) {
        this.ring = ring;
    }

    @Override
    public MasterKeyRotation start(StartMasterKeyRotationCommand command) {
        String from = ring.primaryKeyId();
        String to = ring.enrol(command.newKey());
        ring.makePrimary(to);
        return new MasterKeyRotation(from, to);
    }
}
