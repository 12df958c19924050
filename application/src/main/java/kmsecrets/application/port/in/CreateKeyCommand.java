package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.Tag;

/**
 * CreateKey: a symmetric AES-256 key with service-generated material (the only kind in scope), optionally rotating
 * automatically from the start and tagged.
 */
public record CreateKeyCommand(@NotNull Caller caller,
                               @NotNull @Size(max = 8192, message = "Description has at most 8192 characters") String description,
                               @NotNull Optional<String> rotationInterval,
                               @NotNull List<Tag> tags) {
    public CreateKeyCommand(Caller caller, String description, Optional<String> rotationInterval, List<Tag> tags) {
        this.caller = caller;
        this.description = description;
        this.rotationInterval = rotationInterval;
        this.tags = tags == null ? null : List.copyOf(tags);
        CommandValidation.check(this);
    }
}
