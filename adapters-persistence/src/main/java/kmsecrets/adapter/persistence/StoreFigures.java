package kmsecrets.adapter.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * What an operator watches in the database, for the metrics: the audit events not yet sealed into the hash chain
 * (and how old the oldest is), the managed secrets whose rotation is due, the keys pending deletion. One statement,
 * each count served by an index (the partial index of unsealed events, the rotation-due indexes).
 */
public final class StoreFigures {
    private final Jdbi jdbi;

    public StoreFigures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The figures at {@code now}. */
    public record Figures(long unsealedAuditEvents, double oldestUnsealedAuditEventSeconds,
                          long secretsDueForRotation, long keysPendingDeletion) {
    }

    public Figures read(Instant now) {
        return jdbi.withHandle(handle -> handle.createQuery("select "
                        + "(select count(*) from audit_events where sealed_on = 'infinity') as unsealed, "
                        + "(select min(at) from audit_events where sealed_on = 'infinity') as oldest, "
                        + "(select count(*) from secrets where automatic_rotation <> 'Disabled' "
                        + "and next_rotation_at <= :now) as due, "
                        + "(select count(*) from customer_keys where state = 'PendingDeletion') as pending")
                .bind("now", Timestamp.from(now))
                .map((rs, ctx) -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    return new Figures(rs.getLong("unsealed"), oldest == null ? 0
                            : Math.max(0, (now.toEpochMilli() - oldest.getTime()) / 1000.0), rs.getLong("due"),
                            rs.getLong("pending"));
                }).one());
    }
}
