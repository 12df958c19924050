package kmsecrets.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the database: creates it when missing (and permitted), migrates it, and pools connections to it. */
public final class PostgresDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]*)/([A-Za-z0-9_]+)(\\?.*)?");

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final String url;
    private final String user;
    private final String password;

    private PostgresDatabase(HikariDataSource dataSource, String url, String user, String password) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** How long a request waits for a pooled connection before it is answered 503. */
    static final long CONNECTION_TIMEOUT_MILLIS = 2_000;
    /** How long a statement may wait on a silent server (a dropped network path) before it fails. */
    static final int SOCKET_TIMEOUT_SECONDS = 10;

    /** Creates the database if missing, applies pending migrations, and opens a pool of {@code poolSize}. */
    public static PostgresDatabase open(String url, String user, String password, int poolSize) {
        return open(url, user, password, poolSize, Duration.ZERO);
    }

    /**
     * As {@link #open(String, String, String, int)}, but while the server cannot be reached, tries again with growing
     * pauses (1 s, 2 s, 4 s ... at most 10 s) for up to {@code waitForServer}, saying so in the log each time.
     */
    public static PostgresDatabase open(String url, String user, String password, int poolSize,
                                        Duration waitForServer) {
        long deadline = System.nanoTime() + waitForServer.toNanos();
        long pauseMillis = 1_000;
        while (true) {
            try {
                ensureExists(url, user, password);
                break;
            } catch (Unreachable e) {
                if (System.nanoTime() + pauseMillis * 1_000_000 > deadline) {
                    throw e;
                }
                LOG.warn("PostgreSQL at {} cannot be reached yet ({}); trying again in {} s", authority(url),
                        e.getMessage(), pauseMillis / 1000);
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pauseMillis = Math.min(pauseMillis * 2, 10_000);
            }
        }
        migrate(url, user, password);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setPoolName("kmsecrets");
        // fail fast when the server is away: a request gets 503 after this, never waits the default 30 s
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setValidationTimeout(1_000);
        config.setInitializationFailTimeout(-1);
        if (!url.contains("connectTimeout")) {
            config.addDataSourceProperty("connectTimeout", "2");
        }
        if (!url.contains("socketTimeout")) {
            config.addDataSourceProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        }
        return new PostgresDatabase(new HikariDataSource(config), url, user, password);
    }

    /** Pending migrations, on a connection of their own (no statement time limit: a migration may take long). */
    static void migrate(String url, String user, String password) {
        var flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load();
        var result = flyway.migrate();
        LOG.info("Database schema at version {} ({} migrations applied now)",
                flyway.info().current().getVersion(), result.migrationsExecuted);
    }

    private static String authority(String url) {
        return URI.create(url.substring(5)).getAuthority();
    }

    /** The server did not answer a connection (nothing listens, or it is starting or shutting down). */
    public static final class Unreachable extends IllegalStateException {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The database named by the URL, created through the server's maintenance database when absent. */
    public static void ensureExists(String url, String user, String password) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("KMS_DB_URL must look like jdbc:postgresql://host:port/name");
        }
        String name = m.group(2);
        String maintenance = "jdbc:postgresql://" + m.group(1) + "/postgres" + (m.group(3) == null ? "" : m.group(3));
        try (Connection c = DriverManager.getConnection(maintenance, user, password)) {
            try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + name);
                LOG.info("Created database {}", name);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("08") || state.startsWith("57P")) {
                throw new Unreachable("SQLState " + state, e);
            }
            throw new IllegalStateException("cannot reach or create database " + name + " at "
                    + authority(url) + ": " + e.getMessage(), e);
        }
    }

    /** Drops a database (tests and the benchmark clean up after themselves). */
    public static void drop(String url, String user, String password) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL");
        }
        String maintenance = "jdbc:postgresql://" + m.group(1) + "/postgres";
        try (Connection c = DriverManager.getConnection(maintenance, user, password);
             Statement drop = c.createStatement()) {
            drop.execute("drop database if exists " + m.group(2) + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + m.group(2), e);
        }
    }

    /**
     * Empty while the database answers; else why not. Asks on a connection of its own with one-second timeouts, so
     * that the answer is quick also when the pool is exhausted or the server is silent.
     */
    public Optional<String> probe() {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "1");
        props.setProperty("socketTimeout", "2");
        props.setProperty("loginTimeout", "2");
        try (Connection c = DriverManager.getConnection(url, props); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 1")) {
            return rs.next() ? Optional.empty() : Optional.of("database: no answer");
        } catch (SQLException e) {
            return Optional.of("database unreachable (SQLState " + e.getSQLState() + ")");
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Publishes the pool's figures (connections active, idle and pending, acquire time) to a metrics registry the
     * pool knows how to feed (a Micrometer {@code MeterRegistry}); once, after start.
     */
    public void publishPoolMetrics(Object registry) {
        dataSource.setMetricRegistry(registry);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
