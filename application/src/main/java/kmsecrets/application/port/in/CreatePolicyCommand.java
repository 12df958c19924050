package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.account.AccountId;

/** A RAM-style policy document stored under a name (replacing one of that name). */
public record CreatePolicyCommand(@NotNull AccountId account, @NotBlank String policyName, @NotNull String documentJson) {
    public CreatePolicyCommand(AccountId account, String policyName, String documentJson) {
        this.account = account;
        this.policyName = policyName;
        this.documentJson = documentJson;
        CommandValidation.check(this);
    }
}
