package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;

/** Names one secret (by name or ARN) for a read of its metadata. */
public record SecretQuery(@NotNull Caller caller, @NotNull String nameOrArn) {
    public SecretQuery(Caller caller, String nameOrArn) {
        this.caller = caller;
        this.nameOrArn = nameOrArn;
        CommandValidation.check(this);
    }
}
