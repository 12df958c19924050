package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import kmsecrets.domain.secret.SecretValue;

/** db-instance add: an instance managed secrets may name, checked by logging in as its administrator. With replace, a registered one is overwritten. */
public record RegisterDatabaseInstanceCommand(@NotBlank String id, @NotBlank String engine, @NotBlank String host, int port, @NotNull Optional<String> database, @NotBlank String adminUser, @NotNull SecretValue adminPassword, int passwordLength, @NotNull String excludeCharacters, boolean replace) {
    public RegisterDatabaseInstanceCommand(String id, String engine, String host, int port, Optional<String> database, String adminUser, SecretValue adminPassword, int passwordLength, String excludeCharacters, boolean replace) {
        this.id = id;
        this.engine = engine;
        this.host = host;
        this.port = port;
        this.database = database;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.passwordLength = passwordLength;
        this.excludeCharacters = excludeCharacters;
        this.replace = replace;
        CommandValidation.check(this);
    }
}
