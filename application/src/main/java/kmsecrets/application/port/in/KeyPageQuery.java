package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;

/** ListKeyVersions and ListAliasesByKeyId: one page of what belongs to one key. */
public record KeyPageQuery(@NotNull Caller caller, @NotNull String keyIdOrArn, @NotNull Page page) {
    public KeyPageQuery(Caller caller, String keyIdOrArn, Page page) {
        this.caller = caller;
        this.keyIdOrArn = keyIdOrArn;
        this.page = page;
        CommandValidation.check(this);
    }
}
