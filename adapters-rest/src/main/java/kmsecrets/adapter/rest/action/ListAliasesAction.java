package kmsecrets.adapter.rest.action;

import java.util.List;
import kmsecrets.application.port.in.PageQuery;
import kmsecrets.application.port.in.ListAliasesUseCase;
import kmsecrets.application.port.in.UseCase;

/** ListAliases: PageNumber from 1, PageSize 1 to 100 (default 10). */
public final class ListAliasesAction implements Action {
    private final ListAliasesUseCase aliases;

    public ListAliasesAction(ListAliasesUseCase aliases) {
        this.aliases = aliases;
    }

    @Override
    public String name() {
        return "ListAliases";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(aliases);
    }

    @Override
    public Object handle(Call call) {
        return AliasListReply.of(call.requestId(), aliases.listAliases(new PageQuery(call.caller(),
                call.params().page())));
    }
}
