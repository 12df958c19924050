package kmsecrets.adapter.rest.action;

import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.application.port.in.TagSecretsCommand;
import kmsecrets.application.port.in.TagSecretsUseCase;

/** TagResources: flattened ResourceId.N and Tag.N.Key/Value; all-or-nothing. */
public final class TagResourcesAction implements Action {
    private final TagSecretsUseCase useCase;

    public TagResourcesAction(TagSecretsUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "TagResources";
    }

    @Override
    public Object handle(Call call) {
        var targets = TagTargets.batch(call.params(), true);
        var tags = TagTargets.flattenedTags(call.params());
        if (tags.isEmpty()) {
            throw ApiError.missing("Tag.1.Key");
        }
        useCase.tagSecrets(new TagSecretsCommand(call.caller(), "kms:TagResources", targets, tags));
        return new RequestIdReply(call.requestId());
    }
}
