package kmsecrets.application.service;

import java.util.Optional;
import kmsecrets.application.port.in.DeleteAliasCommand;
import kmsecrets.application.port.in.DeleteAliasUseCase;
import kmsecrets.application.port.out.AliasRepository;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.AliasNotFound;

/** DeleteAlias: needs kms:DeleteAlias on the alias and on the key it names. */
public final class DeleteAliasService implements DeleteAliasUseCase {
    private final AliasAccess access;
    private final AliasRepository aliases;

    public DeleteAliasService(AliasAccess access, AliasRepository aliases) {
        this.access = access;
        this.aliases = aliases;
    }

    @Override
    public void deleteAlias(DeleteAliasCommand command) {
        Caller caller = command.caller();
        Optional<String> target = aliases.keyOf(caller.account(), command.alias());
        if (target.isEmpty()) {
            access.authorizeAlias(caller, "kms:DeleteAlias", command.alias());
            throw new AliasNotFound("The specified alias is not found.");
        }
        access.authorize(caller, "kms:DeleteAlias", command.alias(), target.get());
        if (!aliases.delete(caller.account(), command.alias())) {
            throw new AliasNotFound("The specified alias is not found.");
        }
    }
}
