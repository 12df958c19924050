package kmsecrets.domain.secret;

import java.util.Objects;

/** One account of a managed secret and its password. {@link #toString} never shows the password. */
public record Credential(String account, String password) {
    public Credential {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(password, "password");
        if (account.isBlank()) {
            throw new IllegalArgumentException("account must not be blank");
        }
    }

    /** The same account with another password. */
    public Credential withPassword(String newPassword) {
        return new Credential(account, newPassword);
    }

    @Override
    public String toString() {
        return "Credential[" + account + ", password redacted]";
    }
}
