package kmsecrets.application.port.in;

import jakarta.validation.constraints.Min;

/** Keep the events sealed in the last {@code retentionDays} days (today included), drop older days. */
public record PruneAuditTrailCommand(@Min(1) int retentionDays) {
    public PruneAuditTrailCommand(int retentionDays) {
        this.retentionDays = retentionDays;
        CommandValidation.check(this);
    }
}
