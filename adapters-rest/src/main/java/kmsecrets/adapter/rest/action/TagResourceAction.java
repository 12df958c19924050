package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.KeyTagUseCases;
import kmsecrets.application.port.in.TagSecretsCommand;
import kmsecrets.application.port.in.TagSecretsUseCase;

/** TagResource (the older single-resource family; Tags as JSON). Reply: RequestId only. */
public final class TagResourceAction implements Action {
    private final TagSecretsUseCase useCase;
    private final KeyTagUseCases keys;

    public TagResourceAction(TagSecretsUseCase useCase, KeyTagUseCases keys) {
        this.useCase = useCase;
        this.keys = keys;
    }

    @Override
    public String name() {
        return "TagResource";
    }

    @Override
    public Object handle(Call call) {
        var targets = TagTargets.single(call.params());
        var tags = JsonParameters.tags("Tags", call.params().required("Tags"));
        if (targets.keys()) {
            keys.tagKeys(call.caller(), "kms:TagResource", targets.ids(), tags);
        } else {
            useCase.tagSecrets(new TagSecretsCommand(call.caller(), "kms:TagResource", targets.ids(), tags));
        }
        return new RequestIdReply(call.requestId());
    }
}
