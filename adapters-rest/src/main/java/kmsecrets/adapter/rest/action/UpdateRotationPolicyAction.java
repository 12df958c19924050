package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import kmsecrets.application.port.in.UpdateRotationPolicyCommand;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.application.port.in.UpdateRotationPolicyUseCase;

/** UpdateRotationPolicy: automatic rotation of a key, every 7 to 730 days. */
public final class UpdateRotationPolicyAction implements Action {
    private final UpdateRotationPolicyUseCase keys;

    public UpdateRotationPolicyAction(UpdateRotationPolicyUseCase keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "UpdateRotationPolicy";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(keys);
    }

    @Override
    public Object handle(Call call) {
        var p = call.params();
        if (p.optional("EnableAutomaticRotation").isEmpty()) {
            throw ApiError.missing("EnableAutomaticRotation");
        }
        keys.updateRotationPolicy(new UpdateRotationPolicyCommand(call.caller(), p.required("KeyId"),
                p.bool("EnableAutomaticRotation", false), p.optional("RotationInterval")));
        return new RequestIdReply(call.requestId());
    }
}
