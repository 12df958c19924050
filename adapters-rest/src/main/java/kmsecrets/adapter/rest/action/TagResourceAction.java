package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import kmsecrets.application.port.in.TagKeysCommand;
import kmsecrets.application.port.in.TagKeysUseCase;
import kmsecrets.application.port.in.TagSecretsCommand;
import kmsecrets.application.port.in.TagSecretsUseCase;

/** TagResource (the older single-resource family; Tags as JSON). Reply: RequestId only. */
public final class TagResourceAction implements Action {
    private final TagSecretsUseCase useCase;
    private final TagKeysUseCase keys;

    public TagResourceAction(TagSecretsUseCase useCase, TagKeysUseCase keys) {
        this.useCase = useCase;
        this.keys = keys;
    }

    @Override
    public String name() {
        return "TagResource";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase, keys);
    }

    @Override
    public Object handle(Call call) {
        var targets = TagTargets.single(call.params());
        var tags = JsonParameters.tags("Tags", call.params().required("Tags"));
        if (targets.keys()) {
            keys.tagKeys(new TagKeysCommand(call.caller(), "kms:TagResource", targets.ids(), tags));
        } else {
            useCase.tagSecrets(new TagSecretsCommand(call.caller(), "kms:TagResource", targets.ids(), tags));
        }
        return new RequestIdReply(call.requestId());
    }
}
