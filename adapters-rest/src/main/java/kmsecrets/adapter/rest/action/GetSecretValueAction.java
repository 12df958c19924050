package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.adapter.rest.wire.WireTime;
import kmsecrets.application.port.in.GetSecretValueQuery;
import kmsecrets.application.port.in.GetSecretValueResult;
import kmsecrets.application.port.in.GetSecretValueUseCase;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.VersionId;
import kmsecrets.domain.secret.ExtendedConfig;

/** GetSecretValue. With DryRun=true every check runs but the value is withheld (412 DryRunOperationError). */
public final class GetSecretValueAction implements Action {
    private final GetSecretValueUseCase useCase;

    public GetSecretValueAction(GetSecretValueUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "GetSecretValue";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        boolean fetchConfig = p.bool("FetchExtendedConfig", false);
        boolean dryRun = p.bool("DryRun", false);
        GetSecretValueResult result = useCase.getSecretValue(new GetSecretValueQuery(call.caller(),
                p.required("SecretName"), p.optional("VersionId").map(VersionId::new),
                p.optional("VersionStage").map(StageLabel::new)));
        if (dryRun) {
            throw new ApiError(412, "DryRunOperationError", "The request would have succeeded, but DryRun is set.");
        }
        return Reply.of(call.requestId(), result, fetchConfig);
    }

    /** GetSecretValue's reply, in the order the documentation shows. */
    @JsonPropertyOrder({"RequestId", "SecretName", "SecretType", "SecretData", "SecretDataType", "VersionId",
            "VersionStages", "CreateTime", "AutomaticRotation", "RotationInterval", "NextRotationDate",
            "LastRotationDate", "ExtendedConfig"})
    record Reply(@JsonProperty("RequestId") String requestId,
                 @JsonProperty("SecretName") String secretName,
                 @JsonProperty("SecretType") String secretType,
                 @JsonProperty("SecretData") String secretData,
                 @JsonProperty("SecretDataType") String secretDataType,
                 @JsonProperty("VersionId") String versionId,
                 @JsonProperty("VersionStages") VersionStages versionStages,
                 @JsonProperty("CreateTime") String createTime,
                 @JsonProperty("AutomaticRotation") String automaticRotation,
                 @JsonProperty("RotationInterval") String rotationInterval,
                 @JsonProperty("NextRotationDate") String nextRotationDate,
                 @JsonProperty("LastRotationDate") String lastRotationDate,
                 @JsonProperty("ExtendedConfig") String extendedConfig) {

        static Reply of(String requestId, GetSecretValueResult r, boolean fetchConfig) {
            Rotation rotation = Rotation.of(r.managed(), r.rotation());
            return new Reply(requestId, r.name().value(), r.secretType(), r.value().asText(),
                    r.dataType().wireName(), r.versionId().value(),
                    new VersionStages(r.stages().stream().map(StageLabel::value).toList()),
                    WireTime.format(r.createTime()),
                    rotation.automaticRotation(), rotation.rotationInterval(), rotation.nextRotationDate(),
                    rotation.lastRotationDate(),
                    r.managed() && fetchConfig ? r.extendedConfig().map(ExtendedConfig::json).orElse(null) : null);
        }

        @Override
        public String toString() {
            return "GetSecretValue.Reply[" + secretName + ", " + versionId + ", SecretData=[redacted]]";
        }
    }
}
