package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import kmsecrets.application.port.in.RestoreSecretCommand;
import kmsecrets.application.port.in.RestoreSecretUseCase;

/** RestoreSecret. */
public final class RestoreSecretAction implements Action {
    private final RestoreSecretUseCase useCase;

    public RestoreSecretAction(RestoreSecretUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "RestoreSecret";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase);
    }

    @Override
    public Object handle(Call call) {
        var name = useCase.restoreSecret(new RestoreSecretCommand(call.caller(), call.params().required("SecretName")));
        return new Reply(call.requestId(), name.value());
    }

    @JsonPropertyOrder({"RequestId", "SecretName"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("SecretName") String secretName) {
    }
}
