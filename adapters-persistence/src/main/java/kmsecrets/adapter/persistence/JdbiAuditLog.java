package kmsecrets.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.domain.audit.AuditChain;
import kmsecrets.domain.audit.AuditEvent;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The audit trail in PostgreSQL, partitioned by the day each event was sealed (see migration V20); sealing is
 * serialized across nodes by a transaction-scoped advisory lock, pruning by a session-level one.
 */
public final class JdbiAuditLog implements AuditLog {
    private static final String COLUMNS = "at, request_id, action, resource, result, access_key_id, principal, "
            + "source_ip, user_agent";
    private static final long SEAL_LOCK = 0x6b6d73617564L;
    private static final long PRUNE_LOCK = 0x6b6d7370726eL;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbiSession session;
    private final Jdbi jdbi;
    private final Clock clock;
    private final GroupCommit<AuditEvent, Boolean> appends;
    /** The last day whose partition (and the next day's) this node made sure of. */
    private volatile LocalDate partitionsUpTo = LocalDate.MIN;

    public JdbiAuditLog(JdbiSession session, Jdbi jdbi, Clock clock) {
        this.session = session;
        this.jdbi = jdbi;
        this.clock = clock;
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

    /**
     * Links the oldest unsealed events into the chain and moves each into the partition of the day it is sealed on
     * (never a day before the chain's last one, whatever this node's clock says, so days follow chain order).
     */
    @Override
    public int seal(int batch) {
        return jdbi.inTransaction(handle -> {
            handle.createQuery("select pg_advisory_xact_lock(:lock)").bind("lock", SEAL_LOCK).mapTo(String.class).one();
            record Tail(long position, byte[] link, LocalDate day) {
            }
            Tail tail = handle.createQuery("select chain_position, link, sealed_on from audit_events "
                            + "where chain_position is not null order by chain_position desc limit 1")
                    .map((rs, ctx) -> new Tail(rs.getLong(1), rs.getBytes(2), rs.getObject(3, LocalDate.class)))
                    .findOne().orElse(new Tail(0, AuditChain.GENESIS, LocalDate.MIN));
            List<Object[]> unsealed = handle.createQuery("select seq, " + COLUMNS + " from audit_events "
                            + "where sealed_on = 'infinity' and chain_position is null order by seq limit :batch")
                    .bind("batch", batch).map((rs, ctx) -> new Object[] {rs.getLong("seq"), event(rs)}).list();
            if (unsealed.isEmpty()) {
                return 0;
            }
            LocalDate day = latest(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), tail.day(),
                    firstDayAfterLegacy(handle));
            ensureDayPartitions(handle, day);
            long position = tail.position();
            byte[] link = tail.link();
            PreparedBatch updates = handle.prepareBatch("update audit_events set chain_position = :position, "
                    + "link = :link, sealed_on = :day where seq = :seq and sealed_on = 'infinity'");
            for (Object[] row : unsealed) {
                link = AuditChain.link(link, (AuditEvent) row[1]);
                updates.bind("position", ++position).bind("link", link).bind("day", day).bind("seq", (Long) row[0])
                        .add();
            }
            updates.execute();
            return unsealed.size();
        });
    }

    private static LocalDate latest(LocalDate... days) {
        return java.util.Arrays.stream(days).max(java.util.Comparator.naturalOrder()).orElseThrow();
    }

    /** The first day the partition of the events from before partitioning does not cover (once per node). */
    private LocalDate firstDayAfterLegacy(org.jdbi.v3.core.Handle handle) {
        LocalDate known = legacyEnd;
        if (known == null) {
            known = partitions(handle).stream().filter(p -> p.name().startsWith("audit_events_until_"))
                    .map(p -> endOf(p.name())).flatMap(Optional::stream)
                    .max(java.util.Comparator.naturalOrder()).orElse(LocalDate.MIN);
            legacyEnd = known;
        }
        return known;
    }

    private volatile LocalDate legacyEnd;

    /**
     * The partitions of {@code day} and the day after, if missing: each made as a table of its own and attached,
     * which does not block the requests writing events.
     */
    private void ensureDayPartitions(org.jdbi.v3.core.Handle handle, LocalDate day) {
        if (!day.isAfter(partitionsUpTo)) {
            return;
        }
        for (LocalDate d : List.of(day, day.plusDays(1))) {
            String name = "audit_events_" + DAY.format(d);
            boolean exists = handle.createQuery("select to_regclass(:name) is not null").bind("name", name)
                    .mapTo(Boolean.class).one();
            if (!exists) {
                handle.execute("create table " + name
                        + " (like audit_events including defaults including constraints)");
                handle.execute("alter table " + name + " add constraint " + name + "_day check (sealed_on >= date '"
                        + d + "' and sealed_on < date '" + d.plusDays(1) + "')");
                handle.execute("alter table audit_events attach partition " + name + " for values from ('" + d
                        + "') to ('" + d.plusDays(1) + "')");
            }
        }
        partitionsUpTo = day;
    }

    @Override
    public List<AuditEvent> search(Criteria criteria) {
        StringBuilder where = new StringBuilder(" where true");
        criteria.since().ifPresent(s -> where.append(" and at >= :since"));
        criteria.until().ifPresent(u -> where.append(" and at < :until"));
        criteria.action().ifPresent(a -> where.append(" and action = :action"));
        criteria.principal().ifPresent(p -> where.append(" and principal = :principal"));
        criteria.result().ifPresent(r -> where.append(r.equals(Criteria.FAILURE) ? " and result <> :success"
                : " and result = :result"));
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery("select " + COLUMNS + " from audit_events" + where
                    + " order by seq desc limit :limit").bind("limit", criteria.limit());
            criteria.since().ifPresent(s -> query.bind("since", Timestamp.from(s)));
            criteria.until().ifPresent(u -> query.bind("until", Timestamp.from(u)));
            criteria.action().ifPresent(a -> query.bind("action", a));
            criteria.principal().ifPresent(p -> query.bind("principal", p));
            criteria.result().ifPresent(r -> {
                if (r.equals(Criteria.FAILURE)) {
                    query.bind("success", AuditEvent.SUCCESS);
                } else {
                    query.bind("result", r);
                }
            });
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
                + "where sealed_on = 'infinity'").mapTo(Long.class).one());
    }

    @Override
    public Optional<SealedEvent> lastSealedBefore(LocalDate day) {
        return jdbi.withHandle(handle -> handle.createQuery("select chain_position, link, " + COLUMNS
                        + " from audit_events where sealed_on < :day order by chain_position desc limit 1")
                .bind("day", day)
                .map((rs, ctx) -> new SealedEvent(rs.getLong("chain_position"), event(rs), rs.getBytes("link")))
                .findOne());
    }

    /**
     * Detaches (concurrently: writers are not blocked) and drops each partition wholly before {@code day}: the
     * days {@code audit_events_YYYYMMDD} and the events from before partitioning ({@code audit_events_until_…}),
     * unless it holds an event past {@code throughPosition} (sealed after the checkpoint was read: the next run
     * takes it). One node at a time; a detach left pending by a crash is finished first.
     */
    @Override
    public int dropSealedBefore(LocalDate day, long throughPosition) {
        return jdbi.withHandle(handle -> {
            if (!handle.createQuery("select pg_try_advisory_lock(:lock)").bind("lock", PRUNE_LOCK)
                    .mapTo(Boolean.class).one()) {
                return 0;
            }
            try {
                int dropped = 0;
                for (Partition part : partitions(handle)) {
                    Optional<LocalDate> end = endOf(part.name());
                    if (end.isEmpty() || end.get().isAfter(day) || !part.pending() && handle.createQuery(
                            "select coalesce(max(chain_position), 0) from " + part.name()).mapTo(Long.class).one()
                            > throughPosition) {
                        continue;
                    }
                    handle.execute("alter table audit_events detach partition " + part.name()
                            + (part.pending() ? " finalize" : " concurrently"));
                    handle.execute("drop table " + part.name());
                    dropped++;
                }
                return dropped;
            } finally {
                handle.createQuery("select pg_advisory_unlock(:lock)").bind("lock", PRUNE_LOCK).mapTo(Boolean.class)
                        .one();
            }
        });
    }

    /** A partition of the trail, and whether a concurrent detach of it was left unfinished. */
    private record Partition(String name, boolean pending) {
    }

    private static List<Partition> partitions(org.jdbi.v3.core.Handle handle) {
        return handle.createQuery("select c.relname, i.inhdetachpending from pg_inherits i "
                        + "join pg_class c on c.oid = i.inhrelid where i.inhparent = 'audit_events'::regclass")
                .map((rs, ctx) -> new Partition(rs.getString(1), rs.getBoolean(2))).list();
    }

    /** The first day after a partition's events, from its name; empty for the unsealed partition. */
    private static Optional<LocalDate> endOf(String partition) {
        if (partition.startsWith("audit_events_until_")) {
            return Optional.of(LocalDate.parse(partition.substring("audit_events_until_".length()), DAY));
        }
        if (partition.matches("audit_events_\\d{8}")) {
            return Optional.of(LocalDate.parse(partition.substring("audit_events_".length()), DAY).plusDays(1));
        }
        return Optional.empty();
    }

    @Override
    public void saveCheckpoint(Checkpoint checkpoint) {
        jdbi.useHandle(handle -> handle.createUpdate("insert into audit_checkpoints (position, link, cut_before, "
                        + "made_at, seal) values (:position, :link, :cut, :at, :seal) on conflict do nothing")
                .bind("position", checkpoint.position()).bind("link", checkpoint.link())
                .bind("cut", checkpoint.cutBefore()).bind("at", Timestamp.from(checkpoint.madeAt()))
                .bind("seal", checkpoint.seal()).execute());
    }

    @Override
    public Optional<Checkpoint> latestCheckpoint() {
        return jdbi.withHandle(handle -> handle.createQuery("select position, link, cut_before, made_at, seal "
                        + "from audit_checkpoints order by position desc limit 1")
                .map((rs, ctx) -> new Checkpoint(rs.getLong(1), rs.getBytes(2), rs.getObject(3, LocalDate.class),
                        rs.getTimestamp(4).toInstant(), rs.getBytes(5)))
                .findOne());
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
