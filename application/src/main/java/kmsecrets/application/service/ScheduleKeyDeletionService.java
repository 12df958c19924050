package kmsecrets.application.service;

import java.time.Clock;
import kmsecrets.application.port.in.KeyMetadata;
import kmsecrets.application.port.in.ScheduleKeyDeletionCommand;
import kmsecrets.application.port.in.ScheduleKeyDeletionUseCase;

/** ScheduleKeyDeletion: the window (7 to 366 days) starts now; the key is unusable until it is cancelled. */
public final class ScheduleKeyDeletionService implements ScheduleKeyDeletionUseCase {
    private final KeyAccess access;
    private final Clock clock;

    public ScheduleKeyDeletionService(KeyAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @Override
    public KeyMetadata scheduleKeyDeletion(ScheduleKeyDeletionCommand command) {
        return access.metadata(command.caller(), access.change(command.caller(), command.keyId(),
                "kms:ScheduleKeyDeletion", key -> key.scheduleDeletion(clock.instant(),
                        command.pendingWindowInDays())));
    }
}
