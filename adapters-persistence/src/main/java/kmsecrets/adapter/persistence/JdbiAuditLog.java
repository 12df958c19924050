package kmsecrets.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.domain.audit.AuditChain;
import kmsecrets.domain.audit.AuditEvent;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The audit trail in PostgreSQL; sealing is serialized across nodes by a transaction-scoped advisory lock. */
public final class JdbiAuditLog implements AuditLog {
    private static final String COLUMNS = "at, request_id, action, resource, result, access_key_id, principal, "
            + "source_ip, user_agent";
    private static final long SEAL_LOCK = 0x6b6d73617564L;

    private final JdbiSession session;
    private final Jdbi jdbi;
    private final GroupCommit<AuditEvent, Boolean> appends;

    public JdbiAuditLog(JdbiSession session, Jdbi jdbi) {
        this.session = session;
        this.jdbi = jdbi;
        this.appends = new GroupCommit<>("kms-audit-writer", this::appendAll);
    }

    /** The audit events appended outside a transaction so far, batched (for the metrics). */
    public WriteStats writeStats() {
        return appends.stats();
    }

    /**
     * Joins the running transaction if there is one (a change commits with its event). On its own (a read's event)
     * it shares one INSERT and one durable commit with the events of concurrent requests, and returns once that
     * commit is done, so no reply leaves before its event is stored.
     */
    @Override
    public void append(AuditEvent event) {
        if (!session.inTransactionNow()) {
            appends.submit(event);
            return;
        }
        session.withHandle(handle -> handle.createUpdate("insert into audit_events (" + COLUMNS + ") values (:at, "
                        + ":requestId, :action, :resource, :result, :accessKeyId, :principal, :sourceIp, :userAgent)")
                .bind("at", Timestamp.from(event.at())).bind("requestId", event.requestId())
                .bind("action", event.action()).bind("resource", event.resource()).bind("result", event.result())
                .bind("accessKeyId", event.accessKeyId()).bind("principal", event.principal())
                .bind("sourceIp", event.sourceIp()).bind("userAgent", event.userAgent()).execute());
    }

    private List<Boolean> appendAll(List<AuditEvent> events) {
        session.alone(handle -> handle.createUpdate("insert into audit_events (" + COLUMNS + ") select * from unnest("
                        + "cast(cast(:at as text[]) as timestamptz[]), cast(:requestId as text[]), cast(:action as text[]), "
                        + "cast(:resource as text[]), cast(:result as text[]), cast(:accessKeyId as text[]), "
                        + "cast(:principal as text[]), cast(:sourceIp as text[]), cast(:userAgent as text[]))")
                .bindArray("at", String.class, events.stream().map(e -> e.at().toString()).toList())
                .bindArray("requestId", String.class, events.stream().map(AuditEvent::requestId).toList())
                .bindArray("action", String.class, events.stream().map(AuditEvent::action).toList())
                .bindArray("resource", String.class, events.stream().map(AuditEvent::resource).toList())
                .bindArray("result", String.class, events.stream().map(AuditEvent::result).toList())
                .bindArray("accessKeyId", String.class, events.stream().map(AuditEvent::accessKeyId).toList())
                .bindArray("principal", String.class, events.stream().map(AuditEvent::principal).toList())
                .bindArray("sourceIp", String.class, events.stream().map(AuditEvent::sourceIp).toList())
                .bindArray("userAgent", String.class, events.stream().map(AuditEvent::userAgent).toList())
                .execute());
        return java.util.Collections.nCopies(events.size(), Boolean.TRUE);
    }

    @Override
    public int seal(int batch) {
        return jdbi.inTransaction(handle -> {
            handle.createQuery("select pg_advisory_xact_lock(:lock)").bind("lock", SEAL_LOCK).mapTo(String.class).one();
            record Tail(long position, byte[] link) {
            }
            Tail tail = handle.createQuery("select chain_position, link from audit_events "
                            + "where chain_position is not null order by chain_position desc limit 1")
                    .map((rs, ctx) -> new Tail(rs.getLong(1), rs.getBytes(2))).findOne()
                    .orElse(new Tail(0, AuditChain.GENESIS));
            List<Object[]> unsealed = handle.createQuery("select seq, " + COLUMNS + " from audit_events "
                            + "where chain_position is null order by seq limit :batch")
                    .bind("batch", batch).map((rs, ctx) -> new Object[] {rs.getLong("seq"), event(rs)}).list();
            long position = tail.position();
            byte[] link = tail.link();
            PreparedBatch updates = handle.prepareBatch("update audit_events set chain_position = :position, "
                    + "link = :link where seq = :seq");
            for (Object[] row : unsealed) {
                link = AuditChain.link(link, (AuditEvent) row[1]);
                updates.bind("position", ++position).bind("link", link).bind("seq", (Long) row[0]).add();
            }
            if (!unsealed.isEmpty()) {
                updates.execute();
            }
            return unsealed.size();
        });
    }

    @Override
    public List<AuditEvent> search(Optional<Instant> since, Optional<String> action, Optional<String> principal,
                                   int limit) {
        StringBuilder where = new StringBuilder(" where true");
        since.ifPresent(s -> where.append(" and at >= :since"));
        action.ifPresent(a -> where.append(" and action = :action"));
        principal.ifPresent(p -> where.append(" and principal = :principal"));
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery("select " + COLUMNS + " from audit_events" + where
                    + " order by seq desc limit :limit").bind("limit", limit);
            since.ifPresent(s -> query.bind("since", Timestamp.from(s)));
            action.ifPresent(a -> query.bind("action", a));
            principal.ifPresent(p -> query.bind("principal", p));
            return query.map((rs, ctx) -> event(rs)).list();
        });
    }

    @Override
    public List<SealedEvent> chain(long after, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("select chain_position, link, " + COLUMNS
                        + " from audit_events where chain_position > :after order by chain_position limit :limit")
                .bind("after", after).bind("limit", limit)
                .map((rs, ctx) -> new SealedEvent(rs.getLong("chain_position"), event(rs), rs.getBytes("link")))
                .list());
    }

    @Override
    public long unsealed() {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from audit_events "
                + "where chain_position is null").mapTo(Long.class).one());
    }

    @Override
    public long positionBefore(Instant at) {
        return jdbi.withHandle(handle -> handle.createQuery("select chain_position - 1 from audit_events "
                        + "where at >= :at and chain_position is not null order by at, chain_position limit 1")
                .bind("at", Timestamp.from(at)).mapTo(Long.class).findOne()
                .orElseGet(() -> handle.createQuery("select coalesce(max(chain_position), 0) from audit_events")
                        .mapTo(Long.class).one()));
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getTimestamp("at").toInstant(), rs.getString("request_id"), rs.getString("action"),
                rs.getString("resource"), rs.getString("result"), rs.getString("access_key_id"),
                rs.getString("principal"), rs.getString("source_ip"), rs.getString("user_agent"));
    }
}
