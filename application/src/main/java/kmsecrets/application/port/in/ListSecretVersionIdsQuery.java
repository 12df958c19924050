package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;

/** ListSecretVersionIds: a secret's versions, deprecated ones only when asked for. */
public record ListSecretVersionIdsQuery(@NotNull Caller caller, @NotNull String nameOrArn, boolean includeDeprecated,
                                        @NotNull Page page) {
    public ListSecretVersionIdsQuery(Caller caller, String nameOrArn, boolean includeDeprecated, Page page) {
        this.caller = caller;
        this.nameOrArn = nameOrArn;
        this.includeDeprecated = includeDeprecated;
        this.page = page;
        CommandValidation.check(this);
    }
}
