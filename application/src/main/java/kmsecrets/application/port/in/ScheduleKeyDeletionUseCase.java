package kmsecrets.application.port.in;

/** ScheduleKeyDeletion: the key becomes PendingDeletion until its window ends. */
public interface ScheduleKeyDeletionUseCase extends UseCase {
    KeyMetadata scheduleKeyDeletion(ScheduleKeyDeletionCommand command);
}
