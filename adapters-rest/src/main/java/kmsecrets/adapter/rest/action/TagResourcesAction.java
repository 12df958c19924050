package kmsecrets.adapter.rest.action;

import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.application.port.in.KeyTagUseCases;
import kmsecrets.application.port.in.TagSecretsCommand;
import kmsecrets.application.port.in.TagSecretsUseCase;

/** TagResources: flattened ResourceId.N and Tag.N.Key/Value; all-or-nothing. */
public final class TagResourcesAction implements Action {
    private final TagSecretsUseCase useCase;
    private final KeyTagUseCases keys;

    public TagResourcesAction(TagSecretsUseCase useCase, KeyTagUseCases keys) {
        this.useCase = useCase;
        this.keys = keys;
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
        if (targets.keys()) {
            keys.tagKeys(call.caller(), "kms:TagResources", targets.ids(), tags);
        } else {
            useCase.tagSecrets(new TagSecretsCommand(call.caller(), "kms:TagResources", targets.ids(), tags));
        }
        return new RequestIdReply(call.requestId());
    }
}
