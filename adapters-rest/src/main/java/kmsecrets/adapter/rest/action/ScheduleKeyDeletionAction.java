package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import kmsecrets.application.port.in.ScheduleKeyDeletionCommand;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.application.port.in.ScheduleKeyDeletionUseCase;

/** ScheduleKeyDeletion: PendingWindowInDays is required, 7 to 366 (the newer documentation). */
public final class ScheduleKeyDeletionAction implements Action {
    private final ScheduleKeyDeletionUseCase keys;

    public ScheduleKeyDeletionAction(ScheduleKeyDeletionUseCase keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "ScheduleKeyDeletion";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(keys);
    }

    @Override
    public Object handle(Call call) {
        int window = call.params().integer("PendingWindowInDays")
                .orElseThrow(() -> ApiError.missing("PendingWindowInDays"));
        keys.scheduleKeyDeletion(new ScheduleKeyDeletionCommand(call.caller(), call.params().required("KeyId"), window));
        return new RequestIdReply(call.requestId());
    }
}
