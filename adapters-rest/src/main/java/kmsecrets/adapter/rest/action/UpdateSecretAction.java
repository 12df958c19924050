package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Optional;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.UpdateSecretCommand;
import kmsecrets.application.port.in.UpdateSecretUseCase;

/**
 * UpdateSecret. CustomData arrives as JSON in a parameter named {@code ExtendedConfig.CustomData} (documentation,
 * CLI, classic SDK), inside {@code ExtendedConfig} JSON (Tea SDK) or flattened as {@code ExtendedConfig.CustomData.<key>};
 * a present-but-empty Description clears it.
 */
public final class UpdateSecretAction implements Action {
    private static final String CUSTOM_DATA = "ExtendedConfig.CustomData";
    private final UpdateSecretUseCase useCase;

    public UpdateSecretAction(UpdateSecretUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "UpdateSecret";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        Optional<Map<String, Object>> customData = p.optional(CUSTOM_DATA)
                .map(text -> JsonParameters.object(CUSTOM_DATA, text));
        if (customData.isEmpty()) {
            customData = p.optional("ExtendedConfig").map(UpdateSecretAction::customDataOf);
        }
        if (customData.isEmpty()) {
            Map<String, Object> flattened = p.flattenedMap(CUSTOM_DATA);
            customData = flattened.isEmpty() ? Optional.empty() : Optional.of(flattened);
        }
        var name = useCase.updateSecret(new UpdateSecretCommand(call.caller(), p.required("SecretName"),
                p.optionalAllowEmpty("Description"), customData));
        return new Reply(call.requestId(), name.value());
    }

    /** The Tea SDK "shrinks" its ExtendedConfig struct to {@code ExtendedConfig={"CustomData":{...}}}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> customDataOf(String text) {
        Object data = JsonParameters.object("ExtendedConfig", text).get("CustomData");
        if (!(data instanceof Map<?, ?> map)) {
            throw kmsecrets.adapter.rest.error.ApiError.invalid("ExtendedConfig", "CustomData must be a JSON object");
        }
        return (Map<String, Object>) map;
    }

    @JsonPropertyOrder({"RequestId", "SecretName"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("SecretName") String secretName) {
    }
}
