package kmsecrets.adapter.rest.action;

import java.util.List;
import kmsecrets.application.port.in.KeyStateCommand;
import kmsecrets.application.port.in.EnableKeyUseCase;
import kmsecrets.application.port.in.UseCase;

/** EnableKey: a key id in, nothing but the RequestId out. */
public final class EnableKeyAction implements Action {
    private final EnableKeyUseCase keys;

    public EnableKeyAction(EnableKeyUseCase keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "EnableKey";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(keys);
    }

    @Override
    public Object handle(Call call) {
        keys.enableKey(new KeyStateCommand(call.caller(), call.params().required("KeyId")));
        return new RequestIdReply(call.requestId());
    }
}
