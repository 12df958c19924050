package kmsecrets.adapter.rest.action;

import java.util.List;
import kmsecrets.application.port.in.KeyPageQuery;
import kmsecrets.application.port.in.ListAliasesByKeyIdUseCase;
import kmsecrets.application.port.in.UseCase;

/** ListAliasesByKeyId: the aliases of the key named by KeyId. */
public final class ListAliasesByKeyIdAction implements Action {
    private final ListAliasesByKeyIdUseCase aliases;

    public ListAliasesByKeyIdAction(ListAliasesByKeyIdUseCase aliases) {
        this.aliases = aliases;
    }

    @Override
    public String name() {
        return "ListAliasesByKeyId";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(aliases);
    }

    @Override
    public Object handle(Call call) {
        return AliasListReply.of(call.requestId(), aliases.listAliasesByKeyId(new KeyPageQuery(call.caller(),
                call.params().required("KeyId"), call.params().page())));
    }
}
