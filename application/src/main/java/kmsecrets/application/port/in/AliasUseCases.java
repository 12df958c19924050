package kmsecrets.application.port.in;

import java.util.List;
import kmsecrets.domain.access.Caller;

/** CreateAlias, UpdateAlias, DeleteAlias, ListAliases, ListAliasesByKeyId. */
public interface AliasUseCases {
    void createAlias(Caller caller, String aliasName, String keyId);

    void updateAlias(Caller caller, String aliasName, String keyId);

    void deleteAlias(Caller caller, String aliasName);

    AliasPage listAliases(Caller caller, Page page);

    AliasPage listAliasesByKeyId(Caller caller, String keyId, Page page);

    record AliasInfo(String aliasName, String aliasArn, String keyId) {
    }

    record AliasPage(Page page, long totalCount, List<AliasInfo> aliases) {
    }
}
