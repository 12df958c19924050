package kmsecrets.application.service;

import kmsecrets.application.port.in.KeyPage;
import kmsecrets.application.port.in.ListKeysUseCase;
import kmsecrets.application.port.in.PageQuery;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.domain.access.Caller;

/** ListKeys: the caller's account, oldest first. */
public final class ListKeysService implements ListKeysUseCase {
    private final KeyAccess access;
    private final KeyRepository keys;

    public ListKeysService(KeyAccess access, KeyRepository keys) {
        this.access = access;
        this.keys = keys;
    }

    @Override
    public KeyPage listKeys(PageQuery query) {
        Caller caller = query.caller();
        access.authorizeContainer(caller, "kms:ListKeys");
        return new KeyPage(query.page(), keys.count(caller.account()),
                keys.list(caller.account(), query.page().offset(), query.page().size()).stream()
                        .map(k -> access.metadata(caller, k)).toList());
    }
}
