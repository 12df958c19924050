package kmsecrets.application.service;

import java.time.Clock;
import java.util.Optional;
import kmsecrets.application.port.in.AliasUseCases;
import kmsecrets.application.port.in.Page;
import kmsecrets.application.port.out.AliasRepository;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Arns;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.AliasAlreadyExists;
import kmsecrets.domain.error.AliasNotFound;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.KeyNotFound;
import kmsecrets.domain.error.KeyStateConflict;
import kmsecrets.domain.error.KeyUnusable;
import kmsecrets.domain.error.Reason;
import kmsecrets.domain.key.AliasName;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyState;

/** Aliases: names for keys, usable wherever a key may be named by id, alias or ARN. */
public final class AliasService implements AliasUseCases {
    private final AliasRepository aliases;
    private final KeyRepository keys;
    private final Transactions transactions;
    private final Authorization authorization;
    private final ServiceSettings settings;
    private final Clock clock;

    public AliasService(AliasRepository aliases, KeyRepository keys, Transactions transactions,
                        Authorization authorization, ServiceSettings settings, Clock clock) {
        this.aliases = aliases;
        this.keys = keys;
        this.transactions = transactions;
        this.authorization = authorization;
        this.settings = settings;
        this.clock = clock;
    }

    private Arns arns(Caller caller) {
        return new Arns(settings.region(), caller.account());
    }

    @Override
    public void createAlias(Caller caller, String aliasName, String keyId) {
        AliasName alias = new AliasName(aliasName);
        authorize(caller, "kms:CreateAlias", alias, keyId);
        transactions.inTransaction(() -> {
            CustomerKey key = key(caller, keyId);
            if (key.state() == KeyState.PENDING_DELETION) {
                throw new KeyStateConflict("The key is pending deletion.");
            }
            if (!aliases.create(caller.account(), alias, key.keyId(), clock.instant())) {
                throw new AliasAlreadyExists("The alias exists already.");
            }
            return alias;
        });
    }

    @Override
    public void updateAlias(Caller caller, String aliasName, String keyId) {
        AliasName alias = new AliasName(aliasName);
        authorize(caller, "kms:UpdateAlias", alias, keyId);
        transactions.inTransaction(() -> {
            CustomerKey key = key(caller, keyId);
            if (key.state() == KeyState.PENDING_DELETION) {
                throw new KeyUnusable(Reason.KEY_PENDING_DELETION, "The target key is pending deletion.");
            }
            if (!aliases.retarget(caller.account(), alias, key.keyId())) {
                throw new AliasNotFound("The specified alias is not found.");
            }
            return alias;
        });
    }

    @Override
    public void deleteAlias(Caller caller, String aliasName) {
        AliasName alias = new AliasName(aliasName);
        Optional<String> target = aliases.keyOf(caller.account(), alias);
        authorization.check(caller, "kms:DeleteAlias", arns(caller).alias(alias));
        target.ifPresent(keyId -> authorization.check(caller, "kms:DeleteAlias", arns(caller).key(keyId)));
        if (!aliases.delete(caller.account(), alias)) {
            throw new AliasNotFound("The specified alias is not found.");
        }
    }

    @Override
    public AliasPage listAliases(Caller caller, Page page) {
        authorization.check(caller, "kms:ListAliases", arns(caller).aliasContainer());
        return page(caller, Optional.empty(), page);
    }

    @Override
    public AliasPage listAliasesByKeyId(Caller caller, String keyId, Page page) {
        authorization.check(caller, "kms:ListAliasesByKeyId", arns(caller).key(keyId));
        key(caller, keyId);
        return page(caller, Optional.of(keyId), page);
    }

    private AliasPage page(Caller caller, Optional<String> keyId, Page page) {
        return new AliasPage(page, aliases.count(caller.account(), keyId),
                aliases.list(caller.account(), keyId, page.offset(), page.size()).stream()
                        .map(a -> new AliasInfo(a.name().value(), arns(caller).alias(a.name()), a.keyId())).toList());
    }

    private void authorize(Caller caller, String action, AliasName alias, String keyId) {
        if (keyId.startsWith("alias/") || keyId.startsWith("acs:")) {
            throw new InvalidValue("KeyId", "a key id is required here");
        }
        authorization.check(caller, action, arns(caller).alias(alias));
        authorization.check(caller, action, arns(caller).key(keyId));
    }

    private CustomerKey key(Caller caller, String keyId) {
        return keys.find(caller.account(), keyId).orElseThrow(() -> new KeyNotFound("The specified key is not found."));
    }
}
