package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.KeyUseCases;

/** UpdateKeyDescription: an empty Description clears it. */
public final class UpdateKeyDescriptionAction implements Action {
    private final KeyUseCases keys;

    public UpdateKeyDescriptionAction(KeyUseCases keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "UpdateKeyDescription";
    }

    @Override
    public Object handle(Call call) {
        keys.updateKeyDescription(call.caller(), call.params().required("KeyId"),
                call.params().required("Description"));
        return new RequestIdReply(call.requestId());
    }
}
