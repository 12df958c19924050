package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.Tag;

/**
 * TagResource / TagResources on secrets: every named secret gets every tag, or nothing changes. {@code action} is
 * the RAM action checked on each secret (kms:TagResource or kms:TagResources).
 */
public record TagSecretsCommand(@NotNull Caller caller, @NotNull String action,
                                @NotNull @Size(min = 1, max = 50, message = "ResourceId names 1 to 50 secrets") List<String> namesOrArns,
                                @NotNull @Size(min = 1, max = 20, message = "Tag holds 1 to 20 tags") List<Tag> tags) {
    public TagSecretsCommand(Caller caller, String action, List<String> namesOrArns, List<Tag> tags) {
        this.caller = caller;
        this.action = action;
        this.namesOrArns = namesOrArns == null ? null : List.copyOf(namesOrArns);
        this.tags = tags == null ? null : List.copyOf(tags);
        CommandValidation.check(this);
    }
}
