package kmsecrets.adapter.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.application.port.out.CredentialRotatorContract;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.SecretValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Against the machine's MariaDB (127.0.0.1:3306, root without a password, or {@code KMS_TEST_MYSQL}): an
 * administrator with CREATE USER is made for the test, and every user it makes is dropped afterwards.
 */
class MysqlAccountsTest extends CredentialRotatorContract {
    static final String HOST_PORT = LocalServers.MYSQL;
    private static final String ADMIN = "kms_admin_" + System.nanoTime();
    private static final String ADMIN_PASSWORD = password("Admin");
    private static final List<String> CREATED = new ArrayList<>();

    static {
        root("create user '" + ADMIN + "'@'%' identified by '" + ADMIN_PASSWORD + "'");
        root("grant create user on *.* to '" + ADMIN + "'@'%'");
        root("grant select on mysql.user to '" + ADMIN + "'@'%'");
        CREATED.add(ADMIN);
    }

    private final MysqlAccounts rotator = new MysqlAccounts();

    static void root(String sql) {
        LocalServers.mysqlRoot(sql);
    }

    @AfterAll
    static void dropUsers() {
        CREATED.forEach(user -> root("drop user if exists '" + user + "'@'%'"));
    }

    @Override
    protected CredentialRotator rotator() {
        return rotator;
    }

    @Override
    protected Target target() {
        String[] hostPort = HOST_PORT.split(":");
        return new Target(new DatabaseInstance("mysql-test", "mysql", hostPort[0], Integer.parseInt(hostPort[1]),
                Optional.empty(), ADMIN, DatabaseInstance.policy(32, DatabaseInstance.DEFAULT_EXCLUDED),
                Instant.EPOCH), SecretValue.ofText(ADMIN_PASSWORD));
    }

    @Override
    protected String newAccount(String password) {
        String name = "kms_acct_" + System.nanoTime();
        root("create user '" + name + "'@'%' identified by '" + password + "'");
        CREATED.add(name);
        return name;
    }

    @Test
    void theHashSentIsTheOneMariaDbComputes() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + HOST_PORT + "/", "root", "");
             var rs = c.createStatement().executeQuery("select password('" + EVERY_ALLOWED + "')")) {
            rs.next();
            assertThat(MysqlAccounts.nativeHash(EVERY_ALLOWED)).isEqualTo(rs.getString(1));
        }
    }
}
