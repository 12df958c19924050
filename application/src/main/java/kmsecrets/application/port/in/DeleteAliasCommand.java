package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.key.AliasName;

/** DeleteAlias: the alias goes; its key stays. */
public record DeleteAliasCommand(@NotNull Caller caller, @NotNull AliasName alias) {
    public DeleteAliasCommand(Caller caller, AliasName alias) {
        this.caller = caller;
        this.alias = alias;
        CommandValidation.check(this);
    }
}
