package kmsecrets.adapter.database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.error.InvalidValue;
import java.util.Map;

/**
 * MySQL and MariaDB users, on every host the user name is defined for. The password is sent as its
 * mysql_native_password hash ({@code IDENTIFIED BY PASSWORD '*…'}), never as plain text the general log could
 * keep; accounts on another authentication plugin are switched to mysql_native_password.
 */
public final class MysqlAccounts extends JdbcAccounts {
    public MysqlAccounts() {
        super(new org.mariadb.jdbc.Driver());
    }

    @Override
    public String engine() {
        return "mysql";
    }

    @Override
    String url(DatabaseInstance instance) {
        return "jdbc:mariadb://" + instance.host() + ":" + instance.port() + "/" + instance.database().orElse("");
    }

    @Override
    void timeouts(Properties properties) {
        properties.setProperty("connectTimeout", "5000");
        properties.setProperty("socketTimeout", "30000");
    }

    @Override
    boolean exists(Connection admin, String account) throws SQLException {
        return !hosts(admin, account).isEmpty();
    }

    @Override
    void setPassword(Connection admin, AccountPassword credential) throws SQLException {
        String hash = nativeHash(credential.password());
        try (Statement statement = admin.createStatement()) {
            for (String host : hosts(admin, credential.account())) {
                statement.execute("ALTER USER " + literal(credential.account()) + "@" + literal(host)
                        + " IDENTIFIED BY PASSWORD " + literal(hash));
            }
        }
    }

    /** Alibaba's account privilege names (RDS and PolarDB for MySQL) as the grants they stand for. */
    static final Map<String, String> PRIVILEGES = Map.of(
            "ReadWrite", "ALL PRIVILEGES",
            "ReadOnly", "SELECT, SHOW VIEW",
            "DMLOnly", "SELECT, INSERT, UPDATE, DELETE, CREATE TEMPORARY TABLES, LOCK TABLES, EXECUTE, SHOW VIEW",
            "DDLOnly", "CREATE, DROP, ALTER, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE",
            "ReadIndex", "SELECT, INDEX, SHOW VIEW");

    @Override
    void checkSpec(AccountSpec spec) {
        if (!PRIVILEGES.containsKey(spec.privilege()) || spec.database().isEmpty()) {
            throw new InvalidValue("ExtendedConfig", "MySQL accounts need a DBName and an AccountPrivilege of "
                    + String.join(", ", PRIVILEGES.keySet().stream().sorted().toList()));
        }
    }

    /** A user on every host ('%') with its password as the native hash. */
    @Override
    void createAccount(Connection admin, AccountPassword credential) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("CREATE USER " + literal(credential.account()) + "@'%' IDENTIFIED BY PASSWORD "
                    + literal(nativeHash(credential.password())));
        }
    }

    @Override
    void grant(Connection admin, String account, AccountSpec spec) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            for (String host : hosts(admin, account)) {
                statement.execute("GRANT " + PRIVILEGES.get(spec.privilege()) + " ON "
                        + identifier(spec.database().orElseThrow()) + ".* TO " + literal(account) + "@"
                        + literal(host));
            }
        }
    }

    @Override
    void dropAccount(Connection admin, String account) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            for (String host : hosts(admin, account)) {
                statement.execute("DROP USER " + literal(account) + "@" + literal(host));
            }
        }
    }

    /** A quoted identifier: backticks doubled. */
    static String identifier(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static List<String> hosts(Connection admin, String account) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("select host from mysql.user where user = ?")) {
            query.setString(1, account);
            List<String> hosts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    hosts.add(rows.getString(1));
                }
            }
            return hosts;
        }
    }

    /** A string literal under the default sql_mode: backslash and quote escaped. */
    static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** mysql_native_password: "*" and the upper-case hex of SHA1(SHA1(password)). */
    static String nativeHash(String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] once = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            return "*" + HexFormat.of().withUpperCase().formatHex(sha1.digest(once));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
