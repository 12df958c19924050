package kmsecrets.domain.secret;

import java.util.Objects;
import java.util.Optional;

/**
 * What an account the service creates may do: a privilege as the secret type names it ({@code ReadWrite},
 * {@code RoleReadOnly}, ACL rules...) and, where the engine grants per database, the database it applies to. The
 * adapter maps the privilege to its engine's grants and refuses one it does not know.
 */
public record AccountSpec(String privilege, Optional<String> database) {
    public AccountSpec {
        Objects.requireNonNull(privilege, "privilege");
        Objects.requireNonNull(database, "database");
    }

    public static AccountSpec of(String privilege) {
        return new AccountSpec(privilege, Optional.empty());
    }
}
