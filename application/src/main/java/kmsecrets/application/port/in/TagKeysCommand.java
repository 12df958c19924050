package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.Tag;

/**
 * TagResource / TagResources on keys: every named key gets every tag, or nothing changes. {@code action} is the RAM
 * action checked on each key. The 20-tag limit is checked against the tags a key has (Rejected.LimitExceeded).
 */
public record TagKeysCommand(@NotNull Caller caller, @NotNull String action,
        @NotNull @Size(min = 1, message = "ResourceId names at least one key") List<String> keyIds,
        @NotNull @Size(min = 1, message = "Tag holds at least one tag") List<Tag> tags) {
    public TagKeysCommand(Caller caller, String action, List<String> keyIds, List<Tag> tags) {
        this.caller = caller;
        this.action = action;
        this.keyIds = keyIds == null ? null : List.copyOf(keyIds);
        this.tags = tags == null ? null : List.copyOf(tags);
        CommandValidation.check(this);
    }
}
