package kmsecrets.application.service;

import kmsecrets.application.port.in.AliasCommand;
import kmsecrets.application.port.in.UpdateAliasUseCase;
import kmsecrets.application.port.out.AliasRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.error.AliasNotFound;
import kmsecrets.domain.error.KeyUnusable;
import kmsecrets.domain.error.Reason;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyState;

/** UpdateAlias: the alias must exist; its new key must not be pending deletion. */
public final class UpdateAliasService implements UpdateAliasUseCase {
    private final AliasAccess access;
    private final KeyAccess keys;
    private final AliasRepository aliases;
    private final Transactions transactions;

    public UpdateAliasService(AliasAccess access, KeyAccess keys, AliasRepository aliases,
                              Transactions transactions) {
        this.access = access;
        this.keys = keys;
        this.aliases = aliases;
        this.transactions = transactions;
    }

    @Override
    public void updateAlias(AliasCommand command) {
        access.authorize(command.caller(), "kms:UpdateAlias", command.alias(), command.keyId());
        transactions.inTransaction(() -> {
            CustomerKey key = keys.find(command.caller(), command.keyId());
            if (key.state() == KeyState.PENDING_DELETION) {
                throw new KeyUnusable(Reason.KEY_PENDING_DELETION, "The target key is pending deletion.");
            }
            if (!aliases.retarget(command.caller().account(), command.alias(), key.keyId())) {
                throw new AliasNotFound("The specified alias is not found.");
            }
            return key;
        });
    }
}
