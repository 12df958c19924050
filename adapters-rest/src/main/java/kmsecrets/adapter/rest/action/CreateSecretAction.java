package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.CreateSecretCommand;
import kmsecrets.application.port.in.CreateSecretResult;
import kmsecrets.application.port.in.CreateSecretUseCase;
import kmsecrets.domain.rotation.RotationInterval;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.VersionId;
import kmsecrets.domain.secret.ExtendedConfig;

/** CreateSecret. */
public final class CreateSecretAction implements Action {
    private final CreateSecretUseCase useCase;

    public CreateSecretAction(CreateSecretUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "CreateSecret";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        String data = p.requiredNonEmpty("SecretData");
        if (p.optional("Policy").isPresent()) {
            throw ApiError.invalid("Policy", "secret policies are not supported by this deployment yet");
        }
        boolean rotate = p.bool("EnableAutomaticRotation", false);
        CreateSecretCommand command = new CreateSecretCommand(call.caller(),
                p.required("SecretName"),
                new VersionId(p.required("VersionId")),
                SecretValue.ofText(data),
                p.optional("SecretDataType").map(SecretDataType::parse).orElse(SecretDataType.TEXT),
                p.optional("EncryptionKeyId"),
                p.optionalAllowEmpty("Description").orElse(""),
                p.optional("Tags").map(text -> JsonParameters.tags("Tags", text)).orElse(List.of()),
                p.optional("SecretType"),
                p.optional("ExtendedConfig").map(text -> JsonParameters.extendedConfig("ExtendedConfig", text)),
                rotate,
                rotate ? p.optional("RotationInterval").map(RotationInterval::parse) : Optional.empty());
        return Reply.of(call.requestId(), useCase.createSecret(command));
    }

    /** CreateSecret's reply; rotation fields only for managed types. */
    @JsonPropertyOrder({"RequestId", "Arn", "VersionId", "SecretName", "SecretType", "AutomaticRotation",
            "RotationInterval", "NextRotationDate", "ExtendedConfig"})
    record Reply(@JsonProperty("RequestId") String requestId,
                 @JsonProperty("Arn") String arn,
                 @JsonProperty("VersionId") String versionId,
                 @JsonProperty("SecretName") String secretName,
                 @JsonProperty("SecretType") String secretType,
                 @JsonProperty("AutomaticRotation") String automaticRotation,
                 @JsonProperty("RotationInterval") String rotationInterval,
                 @JsonProperty("NextRotationDate") String nextRotationDate,
                 @JsonProperty("ExtendedConfig") String extendedConfig) {

        static Reply of(String requestId, CreateSecretResult r) {
            Rotation rotation = Rotation.of(r.managed(), r.rotation());
            return new Reply(requestId, r.arn(), r.versionId().value(), r.name().value(), r.secretType(),
                    rotation.automaticRotation(), rotation.rotationInterval(), rotation.nextRotationDate(),
                    r.managed() ? r.extendedConfig().map(ExtendedConfig::json).orElse(null) : null);
        }
    }
}
