package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;

/** GetAuditTrailStatus (our extension): whether the audit chain is intact; it takes no parameters. */
public record GetAuditTrailStatusQuery(@NotNull Caller caller) {
    public GetAuditTrailStatusQuery(Caller caller) {
        this.caller = caller;
        CommandValidation.check(this);
    }
}
