package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;

/** ScheduleKeyDeletion: the key (by id) and its pending window in days; the domain checks the window's range. */
public record ScheduleKeyDeletionCommand(@NotNull Caller caller, @NotNull String keyId, int pendingWindowInDays) implements NamesKeyById {
    public ScheduleKeyDeletionCommand(Caller caller, String keyId, int pendingWindowInDays) {
        this.caller = caller;
        this.keyId = keyId;
        this.pendingWindowInDays = pendingWindowInDays;
        CommandValidation.check(this);
    }
}
