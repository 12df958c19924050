package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import kmsecrets.application.port.in.UntagKeysCommand;
import java.util.LinkedHashSet;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.application.port.in.UntagKeysUseCase;
import kmsecrets.application.port.in.UntagSecretsUseCase;
import kmsecrets.application.port.in.UntagSecretsCommand;

/** UntagResources: TagKey.N, or All=true without keys to remove every tag. */
public final class UntagResourcesAction implements Action {
    private final UntagSecretsUseCase useCase;
    private final UntagKeysUseCase keyTags;

    public UntagResourcesAction(UntagSecretsUseCase useCase, UntagKeysUseCase keyTags) {
        this.useCase = useCase;
        this.keyTags = keyTags;
    }

    @Override
    public String name() {
        return "UntagResources";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase, keyTags);
    }

    @Override
    public Object handle(Call call) {
        var targets = TagTargets.batch(call.params(), true);
        var keys = new LinkedHashSet<>(call.params().list("TagKey"));
        boolean all = call.params().bool("All", false);
        if (keys.isEmpty() && !all) {
            throw ApiError.missing("TagKey.1");
        }
        if (targets.keys()) {
            keyTags.untagKeys(new UntagKeysCommand(call.caller(), "kms:UntagResources", targets.ids(), keys, all));
        } else {
            useCase.untagSecrets(new UntagSecretsCommand(call.caller(), "kms:UntagResources", targets.ids(), keys,
                    all));
        }
        return new RequestIdReply(call.requestId());
    }
}
