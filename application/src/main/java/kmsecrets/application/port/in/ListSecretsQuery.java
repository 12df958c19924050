package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import kmsecrets.domain.secret.SecretFilter;
import kmsecrets.domain.access.Caller;

/** ListSecrets: the caller's secrets matching every filter, one page. */
public record ListSecretsQuery(@NotNull Caller caller,
                               @NotNull @Size(max = SecretFilter.MAX_FILTERS, message = "Filters holds at most 10 filters")
                               List<SecretFilter> filters,
                               @NotNull Page page) {
    public ListSecretsQuery(Caller caller, List<SecretFilter> filters, Page page) {
        this.caller = caller;
        this.filters = filters == null ? null : List.copyOf(filters);
        this.page = page;
        CommandValidation.check(this);
    }
}
