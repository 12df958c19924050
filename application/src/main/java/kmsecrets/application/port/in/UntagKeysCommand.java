package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import kmsecrets.domain.access.Caller;

/** UntagResource / UntagResources on keys: the named tag keys, or every tag when {@code all} names none. */
public record UntagKeysCommand(@NotNull Caller caller, @NotNull String action,
        @NotNull @Size(min = 1, message = "ResourceId names at least one key") List<String> keyIds,
        @NotNull Set<String> tagKeys, boolean all) {
    public UntagKeysCommand(Caller caller, String action, List<String> keyIds, Set<String> tagKeys, boolean all) {
        this.caller = caller;
        this.action = action;
        this.keyIds = keyIds == null ? null : List.copyOf(keyIds);
        this.tagKeys = tagKeys == null ? null : Set.copyOf(tagKeys);
        this.all = all;
        CommandValidation.check(this);
    }
}
