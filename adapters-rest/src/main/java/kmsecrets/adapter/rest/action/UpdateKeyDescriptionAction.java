package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import kmsecrets.application.port.in.UpdateKeyDescriptionCommand;
import kmsecrets.application.port.in.UpdateKeyDescriptionUseCase;

/** UpdateKeyDescription: an empty Description clears it. */
public final class UpdateKeyDescriptionAction implements Action {
    private final UpdateKeyDescriptionUseCase keys;

    public UpdateKeyDescriptionAction(UpdateKeyDescriptionUseCase keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "UpdateKeyDescription";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(keys);
    }

    @Override
    public Object handle(Call call) {
        keys.updateKeyDescription(new UpdateKeyDescriptionCommand(call.caller(), call.params().required("KeyId"),
                call.params().required("Description")));
        return new RequestIdReply(call.requestId());
    }
}
