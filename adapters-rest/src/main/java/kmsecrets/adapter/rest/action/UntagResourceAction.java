package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import java.util.List;
import kmsecrets.application.port.in.UntagKeysCommand;
import java.util.LinkedHashSet;
import kmsecrets.application.port.in.UntagKeysUseCase;
import kmsecrets.application.port.in.UntagSecretsCommand;
import kmsecrets.application.port.in.UntagSecretsUseCase;

/** UntagResource: TagKeys as a JSON array; keys not present are ignored. */
public final class UntagResourceAction implements Action {
    private final UntagSecretsUseCase useCase;
    private final UntagKeysUseCase keys;

    public UntagResourceAction(UntagSecretsUseCase useCase, UntagKeysUseCase keys) {
        this.useCase = useCase;
        this.keys = keys;
    }

    @Override
    public String name() {
        return "UntagResource";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase, keys);
    }

    @Override
    public Object handle(Call call) {
        var targets = TagTargets.single(call.params());
        var keys = new LinkedHashSet<>(JsonParameters.strings("TagKeys", call.params().required("TagKeys")));
        if (targets.keys()) {
            this.keys.untagKeys(new UntagKeysCommand(call.caller(), "kms:UntagResource", targets.ids(), keys, false));
        } else {
            useCase.untagSecrets(new UntagSecretsCommand(call.caller(), "kms:UntagResource", targets.ids(), keys,
                    false));
        }
        return new RequestIdReply(call.requestId());
    }
}
