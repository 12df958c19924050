package kmsecrets.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.RotationLedger;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.VersionId;
import org.jdbi.v3.core.statement.StatementContext;

/** Rotation intents in {@code rotation_intents}, due secrets from {@code secrets}, call counts per account. */
public final class JdbiRotationLedger implements RotationLedger {
    private static final String INTENT_COLUMNS = "s.account_id, s.name, i.version_id, i.key_id, i.key_version_id, "
            + "i.sealed_value, i.automatic, i.started_at, i.lease_until, i.purpose";
    private static final String SECRET_ID = "(select secret_id from secrets where account_id = :account "
            + "and name = :name)";
    private final JdbiSession session;

    public JdbiRotationLedger(JdbiSession session) {
        this.session = session;
    }

    @Override
    public void begin(Intent intent) {
        session.withHandle(handle -> handle.createUpdate("insert into rotation_intents (secret_id, version_id, "
                        + "key_id, key_version_id, sealed_value, automatic, started_at, lease_until, purpose) select "
                        + SECRET_ID + ", :version, :keyId, :keyVersionId, :sealed, :automatic, :started, :lease, :purpose")
                .bind("account", intent.account().value()).bind("name", intent.name().value())
                .bind("version", intent.versionId().value()).bind("keyId", intent.sealed().keyId())
                .bind("keyVersionId", intent.sealed().keyVersionId()).bind("sealed", intent.sealed().ciphertext())
                .bind("automatic", intent.automatic()).bind("started", Timestamp.from(intent.startedAt()))
                .bind("lease", Timestamp.from(intent.leaseUntil()))
                .bind("purpose", intent.purpose().name().toLowerCase(java.util.Locale.ROOT)).execute());
    }

    @Override
    public Optional<Intent> find(AccountId account, SecretName name) {
        return session.withHandle(handle -> handle.createQuery("select " + INTENT_COLUMNS
                        + " from rotation_intents i join secrets s on s.secret_id = i.secret_id "
                        + "where s.account_id = :account and s.name = :name")
                .bind("account", account.value()).bind("name", name.value())
                .map(JdbiRotationLedger::intent).findOne());
    }

    @Override
    public void end(AccountId account, SecretName name) {
        session.withHandle(handle -> handle.createUpdate("delete from rotation_intents where secret_id = "
                + SECRET_ID).bind("account", account.value()).bind("name", name.value()).execute());
    }

    @Override
    public void postpone(AccountId account, SecretName name, Instant leaseUntil) {
        session.withHandle(handle -> handle.createUpdate("update rotation_intents set lease_until = :lease "
                        + "where secret_id = " + SECRET_ID)
                .bind("account", account.value()).bind("name", name.value())
                .bind("lease", Timestamp.from(leaseUntil)).execute());
    }

    @Override
    public List<Intent> claimExpired(Instant now, Instant leaseUntil, int limit) {
        return session.withHandle(handle -> handle.createQuery("with claimed as (update rotation_intents "
                        + "set lease_until = :lease where secret_id in (select secret_id from rotation_intents "
                        + "where lease_until <= :now order by lease_until limit :limit for update skip locked) "
                        + "returning *) select " + INTENT_COLUMNS + " from claimed i "
                        + "join secrets s on s.secret_id = i.secret_id")
                .bind("now", Timestamp.from(now)).bind("lease", Timestamp.from(leaseUntil)).bind("limit", limit)
                .map(JdbiRotationLedger::intent).list());
    }

    @Override
    public List<SecretRef> due(Instant now, int limit) {
        return session.withHandle(handle -> handle.createQuery("select s.account_id, s.name from secrets s "
                        + "where s.automatic_rotation <> 'Disabled' and s.planned_delete_at is null "
                        + "and s.next_rotation_at <= :now and not exists (select 1 from rotation_intents i "
                        + "where i.secret_id = s.secret_id) order by s.next_rotation_at limit :limit")
                .bind("now", Timestamp.from(now)).bind("limit", limit)
                .map((rs, ctx) -> new SecretRef(new AccountId(rs.getString("account_id")),
                        new SecretName(rs.getString("name")))).list());
    }

    @Override
    public boolean countCall(AccountId account, Instant now, int hourlyLimit) {
        return session.withHandle(handle -> {
            handle.execute("select pg_advisory_xact_lock(hashtext(?))", "rotate-secret-calls:" + account.value());
            Timestamp hourAgo = Timestamp.from(now.minusSeconds(3600));
            handle.createUpdate("delete from rotate_secret_calls where account_id = :account and called_at <= :since")
                    .bind("account", account.value()).bind("since", hourAgo).execute();
            long made = handle.createQuery("select count(*) from rotate_secret_calls where account_id = :account")
                    .bind("account", account.value()).mapTo(Long.class).one();
            if (made >= hourlyLimit) {
                return false;
            }
            handle.createUpdate("insert into rotate_secret_calls (account_id, called_at) values (:account, :at)")
                    .bind("account", account.value()).bind("at", Timestamp.from(now)).execute();
            return true;
        });
    }

    private static Intent intent(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Intent(new AccountId(rs.getString("account_id")), new SecretName(rs.getString("name")),
                new VersionId(rs.getString("version_id")), new SealedValue(rs.getString("key_id"),
                rs.getString("key_version_id"), rs.getBytes("sealed_value")), rs.getBoolean("automatic"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("lease_until").toInstant(),
                RotationLedger.Purpose.valueOf(rs.getString("purpose").toUpperCase(java.util.Locale.ROOT)));
    }
}
