package kmsecrets.adapter.rest.action;

import java.util.List;
import kmsecrets.application.port.in.AliasCommand;
import kmsecrets.domain.key.AliasName;
import kmsecrets.application.port.in.CreateAliasUseCase;
import kmsecrets.application.port.in.UseCase;

/** CreateAlias: AliasName (alias/...) for the key named by KeyId (an id, not an alias). */
public final class CreateAliasAction implements Action {
    private final CreateAliasUseCase aliases;

    public CreateAliasAction(CreateAliasUseCase aliases) {
        this.aliases = aliases;
    }

    @Override
    public String name() {
        return "CreateAlias";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(aliases);
    }

    @Override
    public Object handle(Call call) {
        aliases.createAlias(new AliasCommand(call.caller(), new AliasName(call.params().required("AliasName")),
                call.params().required("KeyId")));
        return new RequestIdReply(call.requestId());
    }
}
