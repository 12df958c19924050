package kmsecrets.application.service;

import java.util.List;
import kmsecrets.application.port.in.AccessKeyInfo;
import kmsecrets.application.port.in.ListAccessKeysQuery;
import kmsecrets.application.port.in.ListAccessKeysUseCase;
import kmsecrets.application.port.out.AccessKeyRepository;

/** ListAccessKeys: ids, owners and states; never a secret. */
public final class ListAccessKeysService implements ListAccessKeysUseCase {
    private final AccessKeyRepository accessKeys;

    public ListAccessKeysService(AccessKeyRepository accessKeys) {
        this.accessKeys = accessKeys;
    }

    @Override
    public List<AccessKeyInfo> listAccessKeys(ListAccessKeysQuery query) {
        return accessKeys.list(query.account(), query.userName()).stream()
                .map(k -> new AccessKeyInfo(k.accessKeyId(), k.principal(), k.root(), k.enabled())).toList();
    }
}
