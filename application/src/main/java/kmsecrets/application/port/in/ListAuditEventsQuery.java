package kmsecrets.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import kmsecrets.domain.access.Caller;

/**
 * ListAuditEvents (our extension): the newest events at or after {@code since} and before {@code until}, of an action,
 * by a user (principal), with a result ("Success", "Failure" for any other, or an error code); 1 to 100 of them.
 */
public record ListAuditEventsQuery(@NotNull Caller caller, @NotNull Optional<Instant> since,
                                   @NotNull Optional<Instant> until,
                                   @NotNull Optional<@Size(min = 1, max = 128, message = "EventAction is 1 to 128 characters") String> action,
                                   @NotNull Optional<@Size(min = 1, max = 128, message = "User is 1 to 128 characters") String> user,
                                   @NotNull Optional<@Size(min = 1, max = 128, message = "Result is 1 to 128 characters") String> result,
                                   @Min(value = 1, message = "MaxResults is 1 to 100")
                                   @Max(value = MAX_RESULTS, message = "MaxResults is 1 to 100") int maxResults) {
    public static final int MAX_RESULTS = 100;

    public ListAuditEventsQuery(Caller caller, Optional<Instant> since, Optional<Instant> until,
                                Optional<String> action, Optional<String> user, Optional<String> result,
                                int maxResults) {
        this.caller = caller;
        this.since = since;
        this.until = until;
        this.action = action;
        this.user = user;
        this.result = result;
        this.maxResults = maxResults;
        CommandValidation.check(this);
    }
}
