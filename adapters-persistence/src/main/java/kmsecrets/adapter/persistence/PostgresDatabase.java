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

    private PostgresDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Creates the database if missing, applies pending migrations, and opens a pool of {@code poolSize}. */
    public static PostgresDatabase open(String url, String user, String password, int poolSize) {
        ensureExists(url, user, password);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setPoolName("kmsecrets");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            migrate(dataSource);
            return new PostgresDatabase(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    static void migrate(DataSource dataSource) {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        var result = flyway.migrate();
        LOG.info("Database schema at version {} ({} migrations applied now)",
                flyway.info().current().getVersion(), result.migrationsExecuted);
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
            throw new IllegalStateException("cannot reach or create database " + name + " at "
                    + URI.create(url.substring(5)).getAuthority() + ": " + e.getMessage(), e);
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

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
