package kmsecrets.bootstrap.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import kmsecrets.adapter.persistence.PostgresDatabase;
import kmsecrets.adapter.persistence.TestPostgres;
import kmsecrets.testing.TestRun;

/**
 * A database holding the migrated schema and nothing else, from which the system tests' databases are copied
 * ({@code CREATE DATABASE ... TEMPLATE}): a service then starts on a fresh, empty database whose migrations are
 * already applied, instead of each of the suite's starts running all of them again. The migrations themselves are
 * proven where they are written (the persistence tests, and the tests that start the service on a database of their
 * own). One per run and server: the first test JVM that needs it creates it, the others wait for it; the last check
 * of the run ({@link NothingLeftBehindCheck}) drops it.
 */
final class SchemaTemplate {
    static final String NAME = "kms_template_" + TestRun.ID + "_schema";
    private static boolean ready;

    private SchemaTemplate() {
    }

    /** Creates {@code database} as a copy of the template, making the template first if no JVM has yet. */
    static synchronized void copyTo(TestPostgres server, String database) throws Exception {
        if (!ready) {
            make(server);
            ready = true;
        }
        try (Connection c = maintenance(server); Statement s = c.createStatement()) {
            s.execute("create database " + database + " template " + NAME);
        }
    }

    private static void make(TestPostgres server) throws Exception {
        boolean mine;
        try (Connection c = maintenance(server); Statement s = c.createStatement()) {
            s.execute("create database " + NAME);
            mine = true;
        } catch (SQLException e) {
            // another JVM makes it: duplicate_database, or, when both create it at the same moment, the catalogue's
            // unique_violation
            if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw e;
            }
            mine = false;
        }
        if (mine) {
            PostgresDatabase.open(server.url(NAME), server.user(), server.password(), 1).close();
            try (Connection c = maintenance(server); Statement s = c.createStatement()) {
                s.execute("alter database " + NAME + " is_template true");
            }
        } else {
            Poll.until("another test JVM migrates " + NAME, () -> isTemplate(server));
        }
    }

    private static boolean isTemplate(TestPostgres server) throws SQLException {
        try (Connection c = maintenance(server);
             PreparedStatement q = c.prepareStatement("select datistemplate from pg_database where datname = ?")) {
            q.setString(1, NAME);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Drops the run's template if there is one. */
    static void drop(TestPostgres server) throws SQLException {
        try (Connection c = maintenance(server); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + NAME + "'")) {
                if (!rs.next()) {
                    return;
                }
            }
            s.execute("alter database " + NAME + " is_template false");
            s.execute("drop database " + NAME + " with (force)");
        }
    }

    private static Connection maintenance(TestPostgres server) throws SQLException {
        return DriverManager.getConnection(server.url("postgres"), server.user(), server.password());
    }
}
