package kmsecrets.application.port.in;

import java.time.LocalDate;
import java.util.Optional;

/** What a pruning did: the first day kept, the days' stores dropped, and the checkpoint kept at the cut, if any. */
public record AuditPruning(LocalDate keptFrom, int daysDropped, Optional<Long> checkpointPosition) {
}
