package kmsecrets.adapter.rest.action;

import java.util.List;
import kmsecrets.application.port.in.KeyStateCommand;
import kmsecrets.application.port.in.CancelKeyDeletionUseCase;
import kmsecrets.application.port.in.UseCase;

/** CancelKeyDeletion: a key id in, nothing but the RequestId out. */
public final class CancelKeyDeletionAction implements Action {
    private final CancelKeyDeletionUseCase keys;

    public CancelKeyDeletionAction(CancelKeyDeletionUseCase keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "CancelKeyDeletion";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(keys);
    }

    @Override
    public Object handle(Call call) {
        keys.cancelKeyDeletion(new KeyStateCommand(call.caller(), call.params().required("KeyId")));
        return new RequestIdReply(call.requestId());
    }
}
