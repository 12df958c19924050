package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.account.AccountId;

/** Lists of the account: users, policies. */
public record AccountQuery(@NotNull AccountId account) {
    public AccountQuery(AccountId account) {
        this.account = account;
        CommandValidation.check(this);
    }
}
