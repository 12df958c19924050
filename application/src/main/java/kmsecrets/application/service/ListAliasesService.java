package kmsecrets.application.service;

import java.util.Optional;
import kmsecrets.application.port.in.AliasPage;
import kmsecrets.application.port.in.ListAliasesUseCase;
import kmsecrets.application.port.in.PageQuery;

/** ListAliases: every alias of the account. */
public final class ListAliasesService implements ListAliasesUseCase {
    private final AliasAccess access;

    public ListAliasesService(AliasAccess access) {
        this.access = access;
    }

    @Override
    public AliasPage listAliases(PageQuery query) {
        access.authorizeContainer(query.caller(), "kms:ListAliases");
        return access.page(query.caller(), Optional.empty(), query.page());
    }
}
