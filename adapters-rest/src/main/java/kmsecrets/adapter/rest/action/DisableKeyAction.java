package kmsecrets.adapter.rest.action;

import java.util.List;
import kmsecrets.application.port.in.KeyStateCommand;
import kmsecrets.application.port.in.DisableKeyUseCase;
import kmsecrets.application.port.in.UseCase;

/** DisableKey: a key id in, nothing but the RequestId out. */
public final class DisableKeyAction implements Action {
    private final DisableKeyUseCase keys;

    public DisableKeyAction(DisableKeyUseCase keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "DisableKey";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(keys);
    }

    @Override
    public Object handle(Call call) {
        keys.disableKey(new KeyStateCommand(call.caller(), call.params().required("KeyId")));
        return new RequestIdReply(call.requestId());
    }
}
