package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.account.AccountId;

/** DeleteAccessKey: one access key of the account. */
public record AccessKeyCommand(@NotNull AccountId account, @NotBlank String accessKeyId) {
    public AccessKeyCommand(AccountId account, String accessKeyId) {
        this.account = account;
        this.accessKeyId = accessKeyId;
        CommandValidation.check(this);
    }
}
