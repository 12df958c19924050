package kmsecrets.application.service;

import java.util.Optional;
import kmsecrets.application.port.in.AliasPage;
import kmsecrets.application.port.in.KeyPageQuery;
import kmsecrets.application.port.in.ListAliasesByKeyIdUseCase;

/** ListAliasesByKeyId: the key must exist. */
public final class ListAliasesByKeyIdService implements ListAliasesByKeyIdUseCase {
    private final AliasAccess access;
    private final KeyAccess keys;

    public ListAliasesByKeyIdService(AliasAccess access, KeyAccess keys) {
        this.access = access;
        this.keys = keys;
    }

    @Override
    public AliasPage listAliasesByKeyId(KeyPageQuery query) {
        String keyId = query.keyIdOrArn();
        keys.authorizeById(query.caller(), keyId, "kms:ListAliasesByKeyId");
        keys.find(query.caller(), keyId);
        return access.page(query.caller(), Optional.of(keyId), query.page());
    }
}
