package kmsecrets.application.service;

import java.time.Clock;
import kmsecrets.application.port.in.AliasCommand;
import kmsecrets.application.port.in.CreateAliasUseCase;
import kmsecrets.application.port.out.AliasRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.error.AliasAlreadyExists;
import kmsecrets.domain.error.KeyStateConflict;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyState;

/** CreateAlias: the name is unique in the account; a key pending deletion gets no new alias. */
public final class CreateAliasService implements CreateAliasUseCase {
    private final AliasAccess access;
    private final KeyAccess keys;
    private final AliasRepository aliases;
    private final Transactions transactions;
    private final Clock clock;

    public CreateAliasService(AliasAccess access, KeyAccess keys, AliasRepository aliases, Transactions transactions,
                              Clock clock) {
        this.access = access;
        this.keys = keys;
        this.aliases = aliases;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void createAlias(AliasCommand command) {
        access.authorize(command.caller(), "kms:CreateAlias", command.alias(), command.keyId());
        transactions.inTransaction(() -> {
            CustomerKey key = keys.find(command.caller(), command.keyId());
            if (key.state() == KeyState.PENDING_DELETION) {
                throw new KeyStateConflict("The key is pending deletion.");
            }
            if (!aliases.create(command.caller().account(), command.alias(), key.keyId(), clock.instant())) {
                throw new AliasAlreadyExists("The alias exists already.");
            }
            return key;
        });
    }
}
