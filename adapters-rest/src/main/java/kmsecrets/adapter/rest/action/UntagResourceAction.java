package kmsecrets.adapter.rest.action;

import java.util.LinkedHashSet;
import kmsecrets.application.port.in.KeyTagUseCases;
import kmsecrets.application.port.in.UntagSecretsCommand;
import kmsecrets.application.port.in.TagSecretsUseCase;

/** UntagResource: TagKeys as a JSON array; keys not present are ignored. */
public final class UntagResourceAction implements Action {
    private final TagSecretsUseCase useCase;
    private final KeyTagUseCases keys;

    public UntagResourceAction(TagSecretsUseCase useCase, KeyTagUseCases keys) {
        this.useCase = useCase;
        this.keys = keys;
    }

    @Override
    public String name() {
        return "UntagResource";
    }

    @Override
    public Object handle(Call call) {
        var targets = TagTargets.single(call.params());
        var keys = new LinkedHashSet<>(JsonParameters.strings("TagKeys", call.params().required("TagKeys")));
        if (targets.keys()) {
            this.keys.untagKeys(call.caller(), "kms:UntagResource", targets.ids(), keys, false);
        } else {
            useCase.untagSecrets(new UntagSecretsCommand(call.caller(), "kms:UntagResource", targets.ids(), keys,
                    false));
        }
        return new RequestIdReply(call.requestId());
    }
}
