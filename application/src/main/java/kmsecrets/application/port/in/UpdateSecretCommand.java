package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;
import kmsecrets.domain.access.Caller;

/** UpdateSecret: a new description and/or new CustomData (managed secrets only). */
public record UpdateSecretCommand(@NotNull Caller caller, @NotNull String nameOrArn,
                                  @NotNull Optional<@Size(max = 1024, message = "Description has at most 1024 characters") String> description,
                                  @NotNull Optional<Map<String, Object>> customData) {
    public UpdateSecretCommand(Caller caller, String nameOrArn, Optional<String> description,
                               Optional<Map<String, Object>> customData) {
        this.caller = caller;
        this.nameOrArn = nameOrArn;
        this.description = description;
        this.customData = customData;
        CommandValidation.check(this);
    }
}
