package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.ListAuditEventsQuery;
import kmsecrets.application.port.in.ListAuditEventsUseCase;
import kmsecrets.application.port.in.UseCase;
import kmsecrets.domain.access.Arns;
import kmsecrets.domain.audit.AuditEvent;

/**
 * ListAuditEvents, our extension (Alibaba keeps its trail in ActionTrail, which has no KMS action): the newest
 * events first, filtered by StartTime (inclusive), EndTime (exclusive), EventAction, User and Result ("Success",
 * "Failure" or an error code); MaxResults 1 to 100, default 50. Times are ISO-8601 UTC; each event's Time keeps its
 * milliseconds, so the next older page is the same call with EndTime set to the last event's Time.
 */
public final class ListAuditEventsAction implements Action {
    private static final int DEFAULT_RESULTS = 50;

    private final ListAuditEventsUseCase useCase;

    public ListAuditEventsAction(ListAuditEventsUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "ListAuditEvents";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase);
    }

    @Override
    public Optional<String> auditedResource(Arns arns) {
        return Optional.of(arns.auditTrail());
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        List<AuditEvent> events = useCase.list(new ListAuditEventsQuery(call.caller(), time(p, "StartTime"),
                time(p, "EndTime"), p.optional("EventAction"), p.optional("User"), p.optional("Result"),
                p.integer("MaxResults").orElse(DEFAULT_RESULTS)));
        return new Reply(call.requestId(), new Events(events.stream().map(e -> new Events.Entry(
                e.at().truncatedTo(ChronoUnit.MILLIS).toString(), e.requestId(), e.action(), e.resource(),
                e.result(), e.principal(), e.accessKeyId(), e.sourceIp(), e.userAgent())).toList()));
    }

    private static Optional<Instant> time(Params p, String name) {
        return p.optional(name).map(text -> Params.as(name, text, Instant::parse));
    }

    @JsonPropertyOrder({"RequestId", "Events"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("Events") Events events) {
    }

    record Events(@JsonProperty("Event") @JacksonXmlElementWrapper(useWrapping = false) List<Entry> events) {
        @JsonPropertyOrder({"Time", "EventRequestId", "EventAction", "Resource", "Result", "User", "AccessKeyId",
                "SourceIp", "UserAgent"})
        record Entry(@JsonProperty("Time") String time, @JsonProperty("EventRequestId") String requestId,
                     @JsonProperty("EventAction") String action, @JsonProperty("Resource") String resource,
                     @JsonProperty("Result") String result, @JsonProperty("User") String user,
                     @JsonProperty("AccessKeyId") String accessKeyId, @JsonProperty("SourceIp") String sourceIp,
                     @JsonProperty("UserAgent") String userAgent) {
        }
    }
}
