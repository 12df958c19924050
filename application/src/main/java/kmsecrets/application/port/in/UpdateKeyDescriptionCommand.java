package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kmsecrets.domain.access.Caller;

/** UpdateKeyDescription: an empty description clears it. */
public record UpdateKeyDescriptionCommand(@NotNull Caller caller, @NotNull String keyId,
        @NotNull @Size(max = 8192, message = "Description has at most 8192 characters") String description) implements NamesKeyById {
    public UpdateKeyDescriptionCommand(Caller caller, String keyId, String description) {
        this.caller = caller;
        this.keyId = keyId;
        this.description = description;
        CommandValidation.check(this);
    }
}
