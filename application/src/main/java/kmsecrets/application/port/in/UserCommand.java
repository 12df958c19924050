package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.account.AccountId;

/** CreateUser and DeleteUser: one user of the account. */
public record UserCommand(@NotNull AccountId account, @NotBlank String userName) {
    public UserCommand(AccountId account, String userName) {
        this.account = account;
        this.userName = userName;
        CommandValidation.check(this);
    }
}
