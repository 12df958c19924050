package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;

/** RestoreSecret: cancel a scheduled deletion. */
public record RestoreSecretCommand(@NotNull Caller caller, @NotNull String nameOrArn) {
    public RestoreSecretCommand(Caller caller, String nameOrArn) {
        this.caller = caller;
        this.nameOrArn = nameOrArn;
        CommandValidation.check(this);
    }
}
