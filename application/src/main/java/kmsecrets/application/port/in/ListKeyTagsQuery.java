package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import kmsecrets.application.port.in.ListSecretTagsQuery.TagFilter;
import kmsecrets.domain.access.Caller;

/** ListResourceTags and ListTagResources on keys: the tags of the named keys, filtered when filters are given. */
public record ListKeyTagsQuery(@NotNull Caller caller, @NotNull String action, @NotNull List<String> keyIds,
                               @NotNull List<TagFilter> filters) {
    public ListKeyTagsQuery(Caller caller, String action, List<String> keyIds, List<TagFilter> filters) {
        this.caller = caller;
        this.action = action;
        this.keyIds = keyIds == null ? null : List.copyOf(keyIds);
        this.filters = filters == null ? null : List.copyOf(filters);
        CommandValidation.check(this);
    }
}
