package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;

/** ListKeys and ListAliases: one page of the caller's account. */
public record PageQuery(@NotNull Caller caller, @NotNull Page page) {
    public PageQuery(Caller caller, Page page) {
        this.caller = caller;
        this.page = page;
        CommandValidation.check(this);
    }
}
