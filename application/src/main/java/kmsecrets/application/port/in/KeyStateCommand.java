package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;

/** EnableKey, DisableKey, CancelKeyDeletion: one key, named by its id (an alias is refused). */
public record KeyStateCommand(@NotNull Caller caller, @NotNull String keyId) implements NamesKeyById {
    public KeyStateCommand(Caller caller, String keyId) {
        this.caller = caller;
        this.keyId = keyId;
        CommandValidation.check(this);
    }
}
