package kmsecrets.bootstrap.bench;

import java.io.IOException;
import java.io.StringReader;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import kmsecrets.adapter.crypto.AesGcmEnvelope;
import kmsecrets.adapter.crypto.MasterKeyFile;
import kmsecrets.adapter.persistence.JdbiKeyRepository;
import kmsecrets.adapter.persistence.JdbiSession;
import kmsecrets.adapter.persistence.PostgresDatabase;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.SecretIdentity;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.VersionId;
import org.postgresql.PGConnection;

/**
 * Fills the benchmark's account up to a million secrets in minutes, not the hours CreateSecret would take one by
 * one: each value is sealed here as the service seals it (its master key, the account's default key, the secret's
 * identity as associated data), so every seeded secret opens through the API exactly like one CreateSecret made;
 * the rows go in by COPY into a staging table and three INSERT ... SELECT statements per batch.
 */
final class BulkSeed implements AutoCloseable {
    private static final int BATCH = 50_000;

    private final ServiceUnderTest service;
    private final AccountId account;
    private final PostgresDatabase database;
    private final AesGcmEnvelope envelope;
    private final CustomerKey key;

    BulkSeed(ServiceUnderTest service, String account) {
        this.service = service;
        this.account = new AccountId(account);
        SecureRandom random = new SecureRandom();
        this.envelope = new AesGcmEnvelope(MasterKeyFile.load(service.masterKeyFile(), random), random);
        this.database = PostgresDatabase.open(service.dbUrl, service.dbUser, service.dbPassword, 1);
        this.key = new JdbiKeyRepository(new JdbiSession(database.jdbi())).findDefault(this.account)
                .orElseThrow(() -> new IllegalStateException("the account has no default key: seed through the "
                        + "API first"));
    }

    /** Adds the secrets {@link Bench#secretName} {@code from} (inclusive) to {@code to}, each with version v0. */
    void add(int from, int to, byte[] value) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(service.dbUrl, service.dbUser, service.dbPassword)) {
            try (Statement s = c.createStatement()) {
                s.execute("create temporary table bench_seed (name text not null, sealed bytea not null)");
            }
            for (int start = from; start < to; start += BATCH) {
                copy(c, start, Math.min(to, start + BATCH), value);
            }
            try (Statement s = c.createStatement()) {
                s.execute("analyze secrets");
                s.execute("analyze secret_versions");
                s.execute("analyze secret_stages");
            }
        }
    }

    private void copy(Connection c, int from, int to, byte[] value) throws SQLException, IOException {
        StringBuilder rows = new StringBuilder((to - from) * 200);
        HexFormat hex = HexFormat.of();
        VersionId version = new VersionId("v0");
        for (int i = from; i < to; i++) {
            SecretName name = new SecretName(Bench.secretName(i));
            SealedValue sealed = envelope.seal(key, new SecretIdentity(account, name, version),
                    SecretValue.of(value.clone()));
            rows.append(name.value()).append("\t\\\\x").append(hex.formatHex(sealed.ciphertext())).append('\n');
        }
        c.setAutoCommit(false);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_seed (name, sealed) from stdin",
                    new StringReader(rows.toString()));
            try (var insert = c.prepareStatement("insert into secrets (account_id, name, secret_type, description, "
                    + "encryption_key_id, automatic_rotation, created_at, updated_at) select ?, name, 'Generic', '', "
                    + "?, 'Disabled', now(), now() from bench_seed order by name")) {
                insert.setString(1, account.value());
                insert.setString(2, key.keyId());
                insert.executeUpdate();
            }
            try (var insert = c.prepareStatement("insert into secret_versions (secret_id, version_id, data_type, "
                    + "key_id, key_version_id, sealed_value, created_at) select s.secret_id, 'v0', 'text', ?, ?, "
                    + "b.sealed, now() from bench_seed b join secrets s on s.account_id = ? and s.name = b.name")) {
                insert.setString(1, key.keyId());
                insert.setString(2, key.primary().versionId());
                insert.setString(3, account.value());
                insert.executeUpdate();
            }
            try (var insert = c.prepareStatement("insert into secret_stages (secret_id, stage, version_id) "
                    + "select s.secret_id, 'ACSCurrent', 'v0' from bench_seed b join secrets s "
                    + "on s.account_id = ? and s.name = b.name")) {
                insert.setString(1, account.value());
                insert.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("truncate bench_seed");
            }
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
