package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.account.AccountId;

/** Enables or disables one access key. */
public record SetAccessKeyEnabledCommand(@NotNull AccountId account, @NotBlank String accessKeyId, boolean enabled) {
    public SetAccessKeyEnabledCommand(AccountId account, String accessKeyId, boolean enabled) {
        this.account = account;
        this.accessKeyId = accessKeyId;
        this.enabled = enabled;
        CommandValidation.check(this);
    }
}
