package kmsecrets.adapter.rest.action;

import java.util.List;
import kmsecrets.application.port.in.DeleteAliasCommand;
import kmsecrets.domain.key.AliasName;
import kmsecrets.application.port.in.DeleteAliasUseCase;
import kmsecrets.application.port.in.UseCase;

/** DeleteAlias: the key stays. */
public final class DeleteAliasAction implements Action {
    private final DeleteAliasUseCase aliases;

    public DeleteAliasAction(DeleteAliasUseCase aliases) {
        this.aliases = aliases;
    }

    @Override
    public String name() {
        return "DeleteAlias";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(aliases);
    }

    @Override
    public Object handle(Call call) {
        aliases.deleteAlias(new DeleteAliasCommand(call.caller(), new AliasName(call.params().required("AliasName"))));
        return new RequestIdReply(call.requestId());
    }
}
