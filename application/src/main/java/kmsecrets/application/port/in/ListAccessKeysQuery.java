package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import kmsecrets.domain.account.AccountId;

/** The account's access keys, or one user's. */
public record ListAccessKeysQuery(@NotNull AccountId account, @NotNull Optional<String> userName) {
    public ListAccessKeysQuery(AccountId account, Optional<String> userName) {
        this.account = account;
        this.userName = userName;
        CommandValidation.check(this);
    }
}
