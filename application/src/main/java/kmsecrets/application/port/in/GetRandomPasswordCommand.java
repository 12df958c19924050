package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.PasswordPolicy;

/** GetRandomPassword: a password drawn under the policy. */
public record GetRandomPasswordCommand(@NotNull Caller caller, @NotNull PasswordPolicy policy) {
    public GetRandomPasswordCommand(Caller caller, PasswordPolicy policy) {
        this.caller = caller;
        this.policy = policy;
        CommandValidation.check(this);
    }
}
