package kmsecrets.adapter.rest.action;

import java.util.List;
import kmsecrets.application.port.in.CreateKeyVersionCommand;
import kmsecrets.application.port.in.CreateKeyVersionUseCase;
import kmsecrets.application.port.in.UseCase;

/** CreateKeyVersion: a new primary version of the key named by KeyId. */
public final class CreateKeyVersionAction implements Action {
    private final CreateKeyVersionUseCase keys;

    public CreateKeyVersionAction(CreateKeyVersionUseCase keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "CreateKeyVersion";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(keys);
    }

    @Override
    public Object handle(Call call) {
        return new KeyVersionReply.Single(call.requestId(), KeyVersionReply.of(keys.createKeyVersion(
                new CreateKeyVersionCommand(call.caller(), call.params().required("KeyId")))));
    }
}
