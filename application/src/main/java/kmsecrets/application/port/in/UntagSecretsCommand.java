package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import kmsecrets.domain.access.Caller;

/** UntagResource / UntagResources on secrets: remove these keys (or, with {@code all}, every tag). */
public record UntagSecretsCommand(@NotNull Caller caller, @NotNull String action,
                                  @NotNull @Size(min = 1, max = 50, message = "ResourceId names 1 to 50 secrets") List<String> namesOrArns,
                                  @NotNull @Size(max = 20, message = "TagKey holds at most 20 keys") Set<String> keys,
                                  boolean all) {
    public UntagSecretsCommand(Caller caller, String action, List<String> namesOrArns, Set<String> keys,
                               boolean all) {
        this.caller = caller;
        this.action = action;
        this.namesOrArns = namesOrArns == null ? null : List.copyOf(namesOrArns);
        this.keys = keys == null ? null : Set.copyOf(keys);
        this.all = all;
        CommandValidation.check(this);
    }
}
