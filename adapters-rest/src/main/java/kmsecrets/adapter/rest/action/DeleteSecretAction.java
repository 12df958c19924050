package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.adapter.rest.wire.WireTime;
import kmsecrets.application.port.in.DeleteSecretCommand;
import kmsecrets.application.port.in.DeleteSecretResult;
import kmsecrets.application.port.in.DeleteSecretUseCase;
import kmsecrets.domain.secret.RecoveryWindow;

/** DeleteSecret. */
public final class DeleteSecretAction implements Action {
    private final DeleteSecretUseCase useCase;

    public DeleteSecretAction(DeleteSecretUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "DeleteSecret";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        DeleteSecretResult result = useCase.deleteSecret(new DeleteSecretCommand(call.caller(),
                p.required("SecretName"), p.bool("ForceDeleteWithoutRecovery", false),
                p.integer("RecoveryWindowInDays").map(RecoveryWindow::new)));
        return new Reply(call.requestId(), result.name().value(), WireTime.format(result.plannedDeleteTime()));
    }

    @JsonPropertyOrder({"RequestId", "SecretName", "PlannedDeleteTime"})
    record Reply(@JsonProperty("RequestId") String requestId,
                 @JsonProperty("SecretName") String secretName,
                 @JsonProperty("PlannedDeleteTime") String plannedDeleteTime) {
    }
}
