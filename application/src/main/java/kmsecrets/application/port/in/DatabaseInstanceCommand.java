package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotBlank;

/** db-instance remove: one registered instance. */
public record DatabaseInstanceCommand(@NotBlank String id) {
    public DatabaseInstanceCommand(String id) {
        this.id = id;
        CommandValidation.check(this);
    }
}
