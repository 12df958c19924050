package kmsecrets.adapter.rest.action;

import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.application.port.in.KeyUseCases;

/** ScheduleKeyDeletion: PendingWindowInDays is required, 7 to 366 (the newer documentation). */
public final class ScheduleKeyDeletionAction implements Action {
    private final KeyUseCases keys;

    public ScheduleKeyDeletionAction(KeyUseCases keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "ScheduleKeyDeletion";
    }

    @Override
    public Object handle(Call call) {
        int window = call.params().integer("PendingWindowInDays")
                .orElseThrow(() -> ApiError.missing("PendingWindowInDays"));
        keys.scheduleKeyDeletion(call.caller(), call.params().required("KeyId"), window);
        return new RequestIdReply(call.requestId());
    }
}
