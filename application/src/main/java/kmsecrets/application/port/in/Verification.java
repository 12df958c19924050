package kmsecrets.application.port.in;

import java.util.Optional;

/**
 * What audit verify found: whether the chain is intact, how many events it checked, where it first breaks, and the
 * checkpoint it started from when older events were pruned (its chain position and the day the cut was before).
 */
public record Verification(boolean intact, long checked, Optional<Long> firstBrokenPosition,
                           Optional<Checkpoint> startedFrom) {
    /** A pruning cut: the last dropped event's chain position, and the first day kept. */
    public record Checkpoint(long position, java.time.LocalDate cutBefore) {
    }
}
