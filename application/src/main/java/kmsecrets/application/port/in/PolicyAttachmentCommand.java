package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.account.AccountId;

/** AttachPolicy and DetachPolicy: a policy and a user of the account. */
public record PolicyAttachmentCommand(@NotNull AccountId account, @NotBlank String policyName, @NotBlank String userName) {
    public PolicyAttachmentCommand(AccountId account, String policyName, String userName) {
        this.account = account;
        this.policyName = policyName;
        this.userName = userName;
        CommandValidation.check(this);
    }
}
