package kmsecrets.bootstrap.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the database alone can do with the service's pool size: the indexed read behind GetSecretValue, and the
 * inserts behind CreateSecret in one transaction, each from as many threads as the pool has connections.
 */
final class JdbcBaselines implements AutoCloseable {
    private static final String SELECT = "select v.sealed_value, v.data_type, v.created_at from secrets s "
            + "join secret_stages st on st.secret_id = s.secret_id and st.stage = 'ACSCurrent' "
            + "join secret_versions v on v.secret_id = s.secret_id and v.version_id = st.version_id "
            + "where s.account_id = ? and s.name = ?";

    private final HikariDataSource pool;
    private final int threads;

    JdbcBaselines(String url, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        this.pool = new HikariDataSource(config);
        this.threads = poolSize;
    }

    String accountId() throws SQLException {
        try (Connection c = pool.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("select value from deployment_settings where name = 'account_id'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    double selectTps(Duration duration, String account, int secrets) throws Exception {
        return run(duration, c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT)) {
                s.setString(1, account);
                s.setString(2, Bench.secretName(ThreadLocalRandom.current().nextInt(secrets)));
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("seeded secret missing");
                    }
                }
            }
        });
    }

    double writeTps(Duration duration, String account) throws Exception {
        String keyId;
        String keyVersionId;
        try (Connection c = pool.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("select key_id, primary_version_id from customer_keys limit 1")) {
            rs.next();
            keyId = rs.getString(1);
            keyVersionId = rs.getString(2);
        }
        AtomicLong names = new AtomicLong();
        byte[] sealed = new byte[128];
        return run(duration, c -> {
            c.setAutoCommit(false);
            try {
                Timestamp now = Timestamp.from(Instant.now());
                long id;
                try (PreparedStatement s = c.prepareStatement("insert into secrets (account_id, name, secret_type, "
                        + "description, encryption_key_id, automatic_rotation, created_at, updated_at) values "
                        + "(?, ?, 'Generic', '', ?, 'Disabled', ?, ?) returning secret_id")) {
                    s.setString(1, account);
                    s.setString(2, "jdbc-baseline-" + names.incrementAndGet());
                    s.setString(3, keyId);
                    s.setTimestamp(4, now);
                    s.setTimestamp(5, now);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                try (PreparedStatement s = c.prepareStatement("insert into secret_versions (secret_id, version_id, "
                        + "data_type, key_id, key_version_id, sealed_value, created_at) values (?, 'v1', 'text', ?, ?, ?, ?)")) {
                    s.setLong(1, id);
                    s.setString(2, keyId);
                    s.setString(3, keyVersionId);
                    s.setBytes(4, sealed);
                    s.setTimestamp(5, now);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("insert into secret_stages (secret_id, stage, "
                        + "version_id) values (?, 'ACSCurrent', 'v1')")) {
                    s.setLong(1, id);
                    s.executeUpdate();
                }
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    private double run(Duration duration, Work work) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(workers.submit(() -> {
                try (Connection c = pool.getConnection()) {
                    while (System.nanoTime() < end) {
                        work.on(c);
                        done.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        workers.shutdown();
        return done.get() / ((System.nanoTime() - started) / 1e9);
    }

    @Override
    public void close() {
        pool.close();
    }

    @FunctionalInterface
    private interface Work {
        void on(Connection c) throws SQLException;
    }
}
