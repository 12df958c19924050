package kmsecrets.adapter.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The machine's MariaDB and Redis, as the tests reach them: {@code KMS_TEST_MYSQL} (default 127.0.0.1:3306, root
 * without a password) and {@code KMS_TEST_REDIS} (default 127.0.0.1:6379).
 */
public final class LocalServers {
    public static final String MYSQL = System.getenv().getOrDefault("KMS_TEST_MYSQL", "127.0.0.1:3306");
    public static final String REDIS = System.getenv().getOrDefault("KMS_TEST_REDIS", "127.0.0.1:6379");

    private LocalServers() {
    }

    /** Runs one statement as MariaDB's root. */
    public static void mysqlRoot(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + MYSQL + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
