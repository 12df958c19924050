package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.in.GetAuditTrailStatusQuery;
import kmsecrets.application.port.in.GetAuditTrailStatusUseCase;
import kmsecrets.application.port.in.UseCase;
import kmsecrets.application.port.in.Verification;
import kmsecrets.domain.access.Arns;

/**
 * GetAuditTrailStatus, our extension: whether the audit hash chain is intact, how many events were checked, where it
 * first breaks, and the pruning checkpoint the check started from, if any.
 */
public final class GetAuditTrailStatusAction implements Action {
    private final GetAuditTrailStatusUseCase useCase;

    public GetAuditTrailStatusAction(GetAuditTrailStatusUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "GetAuditTrailStatus";
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
        Verification v = useCase.status(new GetAuditTrailStatusQuery(call.caller()));
        return new Reply(call.requestId(), v.intact(), v.checked(), v.firstBrokenPosition().orElse(null),
                v.startedFrom().map(Verification.Checkpoint::position).orElse(null),
                v.startedFrom().map(c -> c.cutBefore().toString()).orElse(null));
    }

    @JsonPropertyOrder({"RequestId", "Intact", "CheckedEvents", "FirstBrokenPosition", "CheckpointPosition",
            "CheckpointCutBefore"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("Intact") boolean intact,
                 @JsonProperty("CheckedEvents") long checkedEvents,
                 @JsonProperty("FirstBrokenPosition") Long firstBrokenPosition,
                 @JsonProperty("CheckpointPosition") Long checkpointPosition,
                 @JsonProperty("CheckpointCutBefore") String checkpointCutBefore) {
    }
}
