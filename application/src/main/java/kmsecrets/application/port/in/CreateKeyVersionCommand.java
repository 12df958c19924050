package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;

/** CreateKeyVersion: a new primary version of the named key. */
public record CreateKeyVersionCommand(@NotNull Caller caller, @NotNull String keyIdOrArn) {
    public CreateKeyVersionCommand(Caller caller, String keyIdOrArn) {
        this.caller = caller;
        this.keyIdOrArn = keyIdOrArn;
        CommandValidation.check(this);
    }
}
