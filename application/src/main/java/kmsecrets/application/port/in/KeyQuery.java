package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;

/** Names one key by id, alias ({@code alias/...}) or ARN, for a read. */
public record KeyQuery(@NotNull Caller caller, @NotNull String keyIdOrArn) {
    public KeyQuery(Caller caller, String keyIdOrArn) {
        this.caller = caller;
        this.keyIdOrArn = keyIdOrArn;
        CommandValidation.check(this);
    }
}
