package kmsecrets.application.service;

import java.util.Optional;
import kmsecrets.application.port.in.AliasInfo;
import kmsecrets.application.port.in.AliasPage;
import kmsecrets.application.port.in.Page;
import kmsecrets.application.port.out.AliasRepository;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.key.AliasName;

/** What the alias use cases share: authorization on both alias and key, and one page of the listing. */
public final class AliasAccess {
    private final AliasRepository aliases;
    private final KeyAccess keys;
    private final Authorization authorization;

    public AliasAccess(AliasRepository aliases, KeyAccess keys, Authorization authorization) {
        this.aliases = aliases;
        this.keys = keys;
        this.authorization = authorization;
    }

    /** A change of an alias needs the action on the alias and on the key it names. */
    void authorize(Caller caller, String action, AliasName alias, String keyId) {
        authorization.check(caller, action, keys.arns(caller).alias(alias));
        keys.authorizeById(caller, keyId, action);
    }

    void authorizeAlias(Caller caller, String action, AliasName alias) {
        authorization.check(caller, action, keys.arns(caller).alias(alias));
    }

    /** ListAliases: the action on the account's alias container. */
    void authorizeContainer(Caller caller, String action) {
        authorization.check(caller, action, keys.arns(caller).aliasContainer());
    }

    AliasPage page(Caller caller, Optional<String> keyId, Page page) {
        return new AliasPage(page, aliases.count(caller.account(), keyId),
                aliases.list(caller.account(), keyId, page.offset(), page.size()).stream()
                        .map(a -> new AliasInfo(a.name().value(), keys.arns(caller).alias(a.name()), a.keyId()))
                        .toList());
    }
}
