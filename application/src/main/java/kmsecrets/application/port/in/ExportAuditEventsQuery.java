package kmsecrets.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;

/**
 * Events after chain position {@code after} (0: from the start, or from {@code since} when given), whose time is
 * within [{@code since}, {@code until}); at most {@code limit} of them.
 */
public record ExportAuditEventsQuery(@Min(0) long after, @NotNull Optional<Instant> since,
                                     @NotNull Optional<Instant> until, @Min(1) @Max(10_000) int limit) {
    public ExportAuditEventsQuery(long after, Optional<Instant> since, Optional<Instant> until, int limit) {
        this.after = after;
        this.since = since;
        this.until = until;
        this.limit = limit;
        CommandValidation.check(this);
    }
}
