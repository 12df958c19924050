package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.application.port.in.UpdateSecretRotationPolicyUseCase;
import kmsecrets.application.port.in.UpdateSecretRotationPolicyCommand;
import kmsecrets.domain.rotation.RotationInterval;

/** UpdateSecretRotationPolicy: automatic rotation of a managed secret on (with an interval) or off. */
public final class UpdateSecretRotationPolicyAction implements Action {
    private final UpdateSecretRotationPolicyUseCase rotation;

    public UpdateSecretRotationPolicyAction(UpdateSecretRotationPolicyUseCase rotation) {
        this.rotation = rotation;
    }

    @Override
    public String name() {
        return "UpdateSecretRotationPolicy";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(rotation);
    }

    @Override
    public Object handle(Call call) {
        var p = call.params();
        if (p.optional("EnableAutomaticRotation").isEmpty()) {
            throw ApiError.missing("EnableAutomaticRotation");
        }
        boolean enable = p.bool("EnableAutomaticRotation", false);
        Optional<RotationInterval> interval = Optional.empty();
        if (enable) {
            interval = Optional.of(RotationInterval.parse(p.optional("RotationInterval")
                    .orElseThrow(() -> ApiError.missing("RotationInterval"))));
        }
        var name = rotation.updateSecretRotationPolicy(new UpdateSecretRotationPolicyCommand(call.caller(),
                p.required("SecretName"), interval));
        return new Reply(call.requestId(), name.value());
    }

    @JsonPropertyOrder({"RequestId", "SecretName"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("SecretName") String secretName) {
    }
}
