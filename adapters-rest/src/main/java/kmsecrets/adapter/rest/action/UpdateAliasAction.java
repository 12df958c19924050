package kmsecrets.adapter.rest.action;

import java.util.List;
import kmsecrets.application.port.in.AliasCommand;
import kmsecrets.domain.key.AliasName;
import kmsecrets.application.port.in.UpdateAliasUseCase;
import kmsecrets.application.port.in.UseCase;

/** UpdateAlias: points AliasName at the key named by KeyId. */
public final class UpdateAliasAction implements Action {
    private final UpdateAliasUseCase aliases;

    public UpdateAliasAction(UpdateAliasUseCase aliases) {
        this.aliases = aliases;
    }

    @Override
    public String name() {
        return "UpdateAlias";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(aliases);
    }

    @Override
    public Object handle(Call call) {
        aliases.updateAlias(new AliasCommand(call.caller(), new AliasName(call.params().required("AliasName")),
                call.params().required("KeyId")));
        return new RequestIdReply(call.requestId());
    }
}
