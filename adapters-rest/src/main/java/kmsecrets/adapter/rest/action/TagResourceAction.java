package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.TagSecretsCommand;
import kmsecrets.application.port.in.TagSecretsUseCase;

/** TagResource (the older single-resource family; Tags as JSON). Reply: RequestId only. */
public final class TagResourceAction implements Action {
    private final TagSecretsUseCase useCase;

    public TagResourceAction(TagSecretsUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "TagResource";
    }

    @Override
    public Object handle(Call call) {
        var targets = TagTargets.single(call.params());
        useCase.tagSecrets(new TagSecretsCommand(call.caller(), "kms:TagResource", targets,
                JsonParameters.tags("Tags", call.params().required("Tags"))));
        return new RequestIdReply(call.requestId());
    }
}
