package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import kmsecrets.application.port.in.TagKeysCommand;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.application.port.in.TagKeysUseCase;
import kmsecrets.application.port.in.TagSecretsCommand;
import kmsecrets.application.port.in.TagSecretsUseCase;

/** TagResources: flattened ResourceId.N and Tag.N.Key/Value; all-or-nothing. */
public final class TagResourcesAction implements Action {
    private final TagSecretsUseCase useCase;
    private final TagKeysUseCase keys;

    public TagResourcesAction(TagSecretsUseCase useCase, TagKeysUseCase keys) {
        this.useCase = useCase;
        this.keys = keys;
    }

    @Override
    public String name() {
        return "TagResources";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase, keys);
    }

    @Override
    public Object handle(Call call) {
        var targets = TagTargets.batch(call.params(), true);
        var tags = TagTargets.flattenedTags(call.params());
        if (tags.isEmpty()) {
            throw ApiError.missing("Tag.1.Key");
        }
        if (targets.keys()) {
            keys.tagKeys(new TagKeysCommand(call.caller(), "kms:TagResources", targets.ids(), tags));
        } else {
            useCase.tagSecrets(new TagSecretsCommand(call.caller(), "kms:TagResources", targets.ids(), tags));
        }
        return new RequestIdReply(call.requestId());
    }
}
