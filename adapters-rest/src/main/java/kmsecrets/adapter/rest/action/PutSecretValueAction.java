package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.PutSecretValueCommand;
import kmsecrets.application.port.in.PutSecretValueResult;
import kmsecrets.application.port.in.PutSecretValueUseCase;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.VersionId;

/** PutSecretValue. VersionStages arrives as a JSON array, as {"VersionStage":[...]}, or as one bare label. */
public final class PutSecretValueAction implements Action {
    private final PutSecretValueUseCase useCase;

    public PutSecretValueAction(PutSecretValueUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "PutSecretValue";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        String data = p.requiredNonEmpty("SecretData");
        PutSecretValueResult result = useCase.putSecretValue(new PutSecretValueCommand(call.caller(),
                p.required("SecretName"), new VersionId(p.required("VersionId")), SecretValue.ofText(data),
                p.optional("SecretDataType").map(SecretDataType::parse).orElse(SecretDataType.TEXT),
                p.optional("VersionStages").map(PutSecretValueAction::stages).orElse(Set.of())));
        return new Reply(call.requestId(), result.name().value(), result.versionId().value(),
                new VersionStages(result.stages().stream().map(StageLabel::value).toList()));
    }

    static Set<StageLabel> stages(String text) {
        List<String> labels = text.trim().startsWith("[") || text.trim().startsWith("{")
                ? JsonParameters.labels("VersionStages", text) : List.of(text.trim());
        Set<StageLabel> stages = new LinkedHashSet<>();
        labels.forEach(label -> stages.add(new StageLabel(label)));
        return stages;
    }

    @JsonPropertyOrder({"RequestId", "SecretName", "VersionId", "VersionStages"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("SecretName") String secretName,
                 @JsonProperty("VersionId") String versionId,
                 @JsonProperty("VersionStages") VersionStages versionStages) {
    }
}
