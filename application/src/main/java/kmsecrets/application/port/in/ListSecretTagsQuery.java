package kmsecrets.application.port.in;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import kmsecrets.domain.access.Caller;

/**
 * ListTagResources on secrets: one row per (secret, tag) of the named secrets and/or the secrets carrying one of
 * the filter tags (a filter with an empty value matches the key alone); rows from {@code offset}.
 */
public record ListSecretTagsQuery(@NotNull Caller caller,
                                  @NotNull @Size(max = 50, message = "ResourceId names at most 50 secrets") List<String> namesOrArns,
                                  @NotNull @Size(max = 20, message = "Tag holds at most 20 filter tags") List<TagFilter> tagFilters,
                                  @Min(0) long offset, @Min(1) int limit) {
    public ListSecretTagsQuery(Caller caller, List<String> namesOrArns, List<TagFilter> tagFilters, long offset,
                               int limit) {
        this.caller = caller;
        this.namesOrArns = namesOrArns == null ? null : List.copyOf(namesOrArns);
        this.tagFilters = tagFilters == null ? null : List.copyOf(tagFilters);
        this.offset = offset;
        this.limit = limit;
        CommandValidation.check(this);
    }

    public record TagFilter(String key, String value) {
    }
}
