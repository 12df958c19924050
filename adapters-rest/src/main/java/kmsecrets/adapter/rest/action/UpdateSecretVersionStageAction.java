package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.UpdateSecretVersionStageCommand;
import kmsecrets.application.port.in.UpdateSecretVersionStageUseCase;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.VersionId;

/** UpdateSecretVersionStage. The built-in labels need MoveToVersion: they can only move. */
public final class UpdateSecretVersionStageAction implements Action {
    private final UpdateSecretVersionStageUseCase useCase;

    public UpdateSecretVersionStageAction(UpdateSecretVersionStageUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "UpdateSecretVersionStage";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        StageLabel stage = new StageLabel(p.required("VersionStage"));
        Optional<VersionId> removeFrom = p.optional("RemoveFromVersion").map(VersionId::new);
        Optional<VersionId> moveTo = p.optional("MoveToVersion").map(VersionId::new);
        boolean builtIn = stage.equals(StageLabel.CURRENT) || stage.equals(StageLabel.PREVIOUS);
        if (moveTo.isEmpty() && (builtIn || removeFrom.isEmpty())) {
            throw ApiError.missing("MoveToVersion");
        }
        var name = useCase.updateSecretVersionStage(new UpdateSecretVersionStageCommand(call.caller(),
                p.required("SecretName"), stage, removeFrom, moveTo));
        return new Reply(call.requestId(), name.value());
    }

    @JsonPropertyOrder({"RequestId", "SecretName"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("SecretName") String secretName) {
    }
}
