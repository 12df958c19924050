package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import kmsecrets.adapter.rest.wire.WireTime;
import kmsecrets.application.port.in.DescribeSecretResult;
import kmsecrets.application.port.in.DescribeSecretUseCase;
import kmsecrets.application.port.in.SecretQuery;
import kmsecrets.domain.secret.ExtendedConfig;

/** DescribeSecret: metadata, tags with FetchTags=true, rotation fields for managed secrets. */
public final class DescribeSecretAction implements Action {
    private final DescribeSecretUseCase useCase;

    public DescribeSecretAction(DescribeSecretUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "DescribeSecret";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase);
    }

    @Override
    public Object handle(Call call) {
        boolean fetchTags = call.params().bool("FetchTags", false);
        DescribeSecretResult r = useCase.describeSecret(new SecretQuery(call.caller(), call.params().required("SecretName")));
        Rotation rotation = Rotation.of(r.managed(), r.rotation());
        return new Reply(call.requestId(), r.arn(), r.name().value(), r.secretType(), r.description(),
                r.encryptionKeyId(), WireTime.format(r.createTime()), WireTime.format(r.updateTime()),
                r.plannedDeleteTime().map(WireTime::format).orElse(null),
                rotation.automaticRotation(), rotation.rotationInterval(), rotation.nextRotationDate(),
                rotation.lastRotationDate(),
                r.managed() ? r.extendedConfig().map(ExtendedConfig::json).orElse(null) : null,
                fetchTags ? Tags.of(r.tags()) : null);
    }

    @JsonPropertyOrder({"RequestId", "Arn", "SecretName", "SecretType", "Description", "EncryptionKeyId", "CreateTime",
            "UpdateTime", "PlannedDeleteTime", "AutomaticRotation", "RotationInterval", "NextRotationDate",
            "LastRotationDate", "ExtendedConfig", "Tags"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("Arn") String arn,
                 @JsonProperty("SecretName") String secretName, @JsonProperty("SecretType") String secretType,
                 @JsonProperty("Description") String description,
                 @JsonProperty("EncryptionKeyId") String encryptionKeyId,
                 @JsonProperty("CreateTime") String createTime, @JsonProperty("UpdateTime") String updateTime,
                 @JsonProperty("PlannedDeleteTime") String plannedDeleteTime,
                 @JsonProperty("AutomaticRotation") String automaticRotation,
                 @JsonProperty("RotationInterval") String rotationInterval,
                 @JsonProperty("NextRotationDate") String nextRotationDate,
                 @JsonProperty("LastRotationDate") String lastRotationDate,
                 @JsonProperty("ExtendedConfig") String extendedConfig, @JsonProperty("Tags") Tags tags) {
    }
}
