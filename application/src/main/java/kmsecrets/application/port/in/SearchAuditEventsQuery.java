package kmsecrets.application.port.in;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;

/** audit search: events since a time, of an action, by a user; at most limit of them. */
public record SearchAuditEventsQuery(@NotNull Optional<Instant> since, @NotNull Optional<String> action,
                                     @NotNull Optional<String> user, @Min(1) int limit) {
    public SearchAuditEventsQuery(Optional<Instant> since, Optional<String> action, Optional<String> user, int limit) {
        this.since = since;
        this.action = action;
        this.user = user;
        this.limit = limit;
        CommandValidation.check(this);
    }
}
