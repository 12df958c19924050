package kmsecrets.adapter.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.error.InvalidValue;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * PostgreSQL roles. The new password is sent as a SCRAM-SHA-256 verifier computed here (pgjdbc's
 * alterUserPassword, as psql's \password does), never as plain text the server could log.
 */
public final class PostgresAccounts extends JdbcAccounts {
    public PostgresAccounts() {
        super(new org.postgresql.Driver());
    }

    /** insufficient_privilege: since PostgreSQL 16, CREATEROLE reaches only the roles its holder administers. */
    @Override
    String hint(String sqlState) {
        return "42501".equals(sqlState) ? ": the administrator may not change this account; on PostgreSQL 16 and "
                + "later it needs GRANT <account> TO <administrator> WITH ADMIN OPTION" : "";
    }

    @Override
    public String engine() {
        return "postgresql";
    }

    @Override
    String url(DatabaseInstance instance) {
        return "jdbc:postgresql://" + instance.host() + ":" + instance.port() + "/"
                + instance.database().orElse("postgres");
    }

    @Override
    void timeouts(Properties properties) {
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("ApplicationName", "kmsecrets-rotation");
    }

    @Override
    boolean exists(Connection admin, String account) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            query.setString(1, account);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    void setPassword(Connection admin, AccountPassword credential) throws SQLException {
        char[] password = credential.password().toCharArray();
        try {
            admin.unwrap(PGConnection.class).alterUserPassword(credential.account(), password, "scram-sha-256");
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /**
     * A LOGIN role, its password set as a verifier, and CONNECT on the spec's database. PostgreSQL grants per
     * object, so the only privilege names are {@code Normal} (Alibaba's standard account) and empty; table grants
     * are the application's owner's business. Since PostgreSQL 16 the creating administrator holds ADMIN OPTION on
     * the role, which later password changes need.
     */
    @Override
    void checkSpec(AccountSpec spec) {
        if (!spec.privilege().isEmpty() && !spec.privilege().equals("Normal")) {
            throw new InvalidValue("ExtendedConfig", "PostgreSQL accounts take no AccountPrivilege (or Normal)");
        }
    }

    @Override
    void createAccount(Connection admin, AccountPassword credential) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + identifier(credential.account()) + " LOGIN");
        }
        setPassword(admin, credential);
    }

    @Override
    void grant(Connection admin, String account, AccountSpec spec) throws SQLException {
        if (spec.database().isPresent()) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("GRANT CONNECT ON DATABASE " + identifier(spec.database().get()) + " TO "
                        + identifier(account));
            }
        }
    }

    @Override
    void dropAccount(Connection admin, String account) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS " + identifier(account));
        }
    }

    /** A quoted identifier: double quotes doubled. */
    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
