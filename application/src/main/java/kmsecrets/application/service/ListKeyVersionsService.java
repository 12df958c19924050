package kmsecrets.application.service;

import java.util.List;
import kmsecrets.application.port.in.KeyPageQuery;
import kmsecrets.application.port.in.KeyVersionInfo;
import kmsecrets.application.port.in.KeyVersionPage;
import kmsecrets.application.port.in.ListKeyVersionsUseCase;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.domain.access.Caller;

/** ListKeyVersions: oldest first; a key has at most 50, so the page is cut in memory. */
public final class ListKeyVersionsService implements ListKeyVersionsUseCase {
    private final KeyAccess access;
    private final KeyRepository keys;

    public ListKeyVersionsService(KeyAccess access, KeyRepository keys) {
        this.access = access;
        this.keys = keys;
    }

    @Override
    public KeyVersionPage listKeyVersions(KeyPageQuery query) {
        Caller caller = query.caller();
        String keyId = access.authorize(caller, query.keyIdOrArn(), "kms:ListKeyVersions");
        access.find(caller, keyId);
        List<KeyVersionInfo> all = keys.versions(caller.account(), keyId).stream()
                .map(v -> new KeyVersionInfo(keyId, v.versionId(), v.createdAt())).toList();
        return new KeyVersionPage(query.page(), all.size(),
                all.stream().skip(query.page().offset()).limit(query.page().size()).toList());
    }
}
