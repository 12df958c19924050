package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.CreateKeyCommand;
import kmsecrets.application.port.in.CreateKeyUseCase;

/** CreateKey: symmetric AES-256 keys with service-generated material; other specs and origins are refused. */
public final class CreateKeyAction implements Action {
    private final CreateKeyUseCase keys;

    public CreateKeyAction(CreateKeyUseCase keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "CreateKey";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(keys);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        if (!p.optional("KeySpec").orElse("Aliyun_AES_256").equals("Aliyun_AES_256")) {
            throw ApiError.invalid("KeySpec", "only Aliyun_AES_256 keys are served");
        }
        if (!p.optional("KeyUsage").orElse("ENCRYPT/DECRYPT").equals("ENCRYPT/DECRYPT")) {
            throw ApiError.invalid("KeyUsage", "only ENCRYPT/DECRYPT keys are served");
        }
        if (!p.optional("Origin").orElse("Aliyun_KMS").equals("Aliyun_KMS")) {
            throw new ApiError(400, "Unsupported.Origin", "Only keys with service-generated material are served.");
        }
        if (!p.optional("ProtectionLevel").orElse("SOFTWARE").equals("SOFTWARE")) {
            throw new ApiError(400, "Unsupported.ProtectionLevel", "Only SOFTWARE keys are served.");
        }
        if (p.optional("Policy").isPresent()) {
            throw ApiError.invalid("Policy", "key policies are not supported by this deployment yet");
        }
        boolean rotate = p.bool("EnableAutomaticRotation", false);
        if (rotate && p.optional("RotationInterval").isEmpty()) {
            throw ApiError.missing("RotationInterval");
        }
        var metadata = keys.createKey(new CreateKeyCommand(call.caller(), p.optionalAllowEmpty("Description").orElse(""),
                rotate ? p.optional("RotationInterval") : java.util.Optional.empty(),
                p.optional("Tags").map(text -> JsonParameters.tags("Tags", text)).orElse(java.util.List.of())));
        return new KeyMetadataReply.Wrapped(call.requestId(), KeyMetadataReply.of(metadata));
    }
}
