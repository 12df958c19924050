package kmsecrets.adapter.rest.action;

import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.application.port.in.KeyUseCases;

/** UpdateRotationPolicy: automatic rotation of a key, every 7 to 730 days. */
public final class UpdateRotationPolicyAction implements Action {
    private final KeyUseCases keys;

    public UpdateRotationPolicyAction(KeyUseCases keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "UpdateRotationPolicy";
    }

    @Override
    public Object handle(Call call) {
        var p = call.params();
        if (p.optional("EnableAutomaticRotation").isEmpty()) {
            throw ApiError.missing("EnableAutomaticRotation");
        }
        keys.updateRotationPolicy(call.caller(), p.required("KeyId"), p.bool("EnableAutomaticRotation", false),
                p.optional("RotationInterval"));
        return new RequestIdReply(call.requestId());
    }
}
