package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kmsecrets.domain.access.Caller;

/** CreateKey: a symmetric AES-256 key with service-generated material (the only kind in scope). */
public record CreateKeyCommand(@NotNull Caller caller,
                               @NotNull @Size(max = 8192, message = "Description has at most 8192 characters") String description) {
    public CreateKeyCommand(Caller caller, String description) {
        this.caller = caller;
        this.description = description;
        CommandValidation.check(this);
    }
}
