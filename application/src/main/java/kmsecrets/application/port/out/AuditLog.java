package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kmsecrets.domain.audit.AuditEvent;

/**
 * The stored audit trail. Appends join the running transaction, so a change and its event commit together; a
 * background sealer links committed events into the hash chain in the order it finds them.
 */
public interface AuditLog {
    /** Appends the event, in the running transaction if there is one, else as a (durable) transaction of its own. */
    void append(AuditEvent event);

    /** Links up to {@code batch} unsealed events into the chain (one sealer at a time across nodes). */
    int seal(int batch);

    /** The events matching every criterion, newest first. */
    List<AuditEvent> search(Criteria criteria);

    /**
     * What a search matches: events at or after {@code since} and before {@code until}, of an action, by a principal,
     * with a result ({@link #FAILURE} matches every result but Success); at most {@code limit} of them.
     */
    record Criteria(Optional<Instant> since, Optional<Instant> until, Optional<String> action,
                    Optional<String> principal, Optional<String> result, int limit) {
        /** The result filter that matches every refused or failed call. */
        public static final String FAILURE = "Failure";

        public static Criteria newest(int limit) {
            return new Criteria(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), limit);
        }

        /** Whether the event matches (what a store without a query language checks). */
        public boolean matches(AuditEvent event) {
            return since.map(s -> !event.at().isBefore(s)).orElse(true)
                    && until.map(u -> event.at().isBefore(u)).orElse(true)
                    && action.map(event.action()::equals).orElse(true)
                    && principal.map(event.principal()::equals).orElse(true)
                    && result.map(r -> r.equals(FAILURE) ? !event.result().equals(AuditEvent.SUCCESS)
                            : event.result().equals(r)).orElse(true);
        }
    }

    /** Sealed events in chain order with their stored links, from position {@code after} on. */
    List<SealedEvent> chain(long after, int limit);

    long unsealed();

    /**
     * The chain position just before the first sealed event at or after {@code at} (by time), or the sealed end when
     * there is none; 0 when that event is the first.
     */
    long positionBefore(Instant at);

    record SealedEvent(long position, AuditEvent event, byte[] link) {
    }

    /** The last event sealed before {@code day}: the chain's head at a cut there. */
    Optional<SealedEvent> lastSealedBefore(java.time.LocalDate day);

    /**
     * Drops every whole day of sealed events before {@code day} whose events are all at or before chain position
     * {@code throughPosition} (the checkpoint kept for the cut; 0 without one), at once; returns how many days'
     * stores went.
     */
    int dropSealedBefore(java.time.LocalDate day, long throughPosition);

    /** Keeps a checkpoint (once per position). */
    void saveCheckpoint(Checkpoint checkpoint);

    /** The checkpoint of the most recent cut, if the trail was ever pruned. */
    Optional<Checkpoint> latestCheckpoint();

    /**
     * The chain's head at a cut: the last dropped event's position and link, the day the cut was before, and
     * {@code seal}, the same facts wrapped by the master key (only the deployment could have made it).
     */
    record Checkpoint(long position, byte[] link, java.time.LocalDate cutBefore, Instant madeAt, byte[] seal) {
        /** What the seal holds. */
        public String text() {
            return "audit-checkpoint-v1|" + position + "|" + java.util.HexFormat.of().formatHex(link) + "|"
                    + cutBefore;
        }
    }
}
