package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import kmsecrets.application.port.in.RotateSecretCommand;
import kmsecrets.application.port.in.RotateSecretUseCase;
import kmsecrets.domain.secret.VersionId;

/** RotateSecret: a managed secret gets a new credential now; VersionId is the idempotency token. */
public final class RotateSecretAction implements Action {
    private final RotateSecretUseCase rotation;

    public RotateSecretAction(RotateSecretUseCase rotation) {
        this.rotation = rotation;
    }

    @Override
    public String name() {
        return "RotateSecret";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(rotation);
    }

    @Override
    public Object handle(Call call) {
        var p = call.params();
        var rotated = rotation.rotateSecret(new RotateSecretCommand(call.caller(), p.required("SecretName"),
                new VersionId(p.required("VersionId"))));
        return new Reply(call.requestId(), rotated.arn(), rotated.name().value(), rotated.versionId().value());
    }

    @JsonPropertyOrder({"RequestId", "Arn", "SecretName", "VersionId"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("Arn") String arn,
                 @JsonProperty("SecretName") String secretName, @JsonProperty("VersionId") String versionId) {
    }
}
