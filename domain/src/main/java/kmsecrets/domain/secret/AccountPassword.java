package kmsecrets.domain.secret;

import java.util.Objects;

/** An account and its password. {@link #toString} never shows the password. */
public record AccountPassword(String account, String password) implements Credential {
    public AccountPassword {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(password, "password");
        if (account.isBlank()) {
            throw new IllegalArgumentException("account must not be blank");
        }
    }

    /** The same account with another password. */
    public AccountPassword withPassword(String newPassword) {
        return new AccountPassword(account, newPassword);
    }

    @Override
    public String toString() {
        return "AccountPassword[" + account + ", password redacted]";
    }
}
