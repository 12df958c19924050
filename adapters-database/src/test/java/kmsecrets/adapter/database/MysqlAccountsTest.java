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
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.application.port.out.CredentialRotatorContract;
import kmsecrets.application.port.out.CredentialRotatorPromises;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.SecretValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Against the machine's MariaDB (127.0.0.1:3306, root without a password, or {@code KMS_TEST_MYSQL}): an
 * administrator with CREATE USER is made for the test, and every user it makes is dropped afterwards.
 */
class MysqlAccountsTest extends CredentialRotatorContract
        implements CredentialRotatorPromises.CreatesAccounts, CredentialRotatorPromises.Passwords, CredentialRotatorPromises.HasAdministrator, CredentialRotatorPromises.Remote {
    static final String HOST_PORT = LocalServers.MYSQL;
    private static final String ADMIN = "kms_admin_" + System.nanoTime();
    private static final String ADMIN_PASSWORD = password("Admin");
    private static final List<String> CREATED = new ArrayList<>();
    /** The database created accounts are granted on; the administrator may grant on it. */
    private static final String DATABASE = "kms_app_" + System.nanoTime();

    static {
        root("create user '" + ADMIN + "'@'%' identified by '" + ADMIN_PASSWORD + "'");
        root("grant create user on *.* to '" + ADMIN + "'@'%'");
        root("grant select on mysql.user to '" + ADMIN + "'@'%'");
        root("create database " + DATABASE);
        root("grant all privileges on " + DATABASE + ".* to '" + ADMIN + "'@'%' with grant option");
        CREATED.add(ADMIN);
    }

    private final MysqlAccounts rotator = new MysqlAccounts();

    static void root(String sql) {
        LocalServers.mysqlRoot(sql);
    }

    @AfterAll
    static void dropUsers() {
        CREATED.forEach(user -> root("drop user if exists '" + user + "'@'%'"));
        root("drop database if exists " + DATABASE);
    }

    @Override
    public CredentialRotator rotator() {
        return rotator;
    }

    @Override
    public Target target() {
        String[] hostPort = HOST_PORT.split(":");
        return new Target(new DatabaseInstance("mysql-test", "mysql", hostPort[0], Integer.parseInt(hostPort[1]),
                Optional.empty(), ADMIN, DatabaseInstance.policy(32, DatabaseInstance.DEFAULT_EXCLUDED),
                Instant.EPOCH), SecretValue.ofText(ADMIN_PASSWORD));
    }

    @Override
    public String newAccount(String password) {
        String name = "kms_acct_" + System.nanoTime();
        root("create user '" + name + "'@'%' identified by '" + password + "'");
        CREATED.add(name);
        return name;
    }

    @Override
    public String unusedAccountName() {
        String name = super.unusedAccountName();
        CREATED.add(name);
        return name;
    }

    @Override
    public AccountSpec creationSpec() {
        return new AccountSpec("ReadOnly", Optional.of(DATABASE));
    }

    @Test
    void createdAccountsGetTheirPrivilegeOnTheirDatabaseOnly() throws SQLException {
        root("create table " + DATABASE + ".t (x int)");
        Credential created = next(unusedAccountName());
        rotator.create(target(), created, creationSpec());
        AccountPassword account = (AccountPassword) created;
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + HOST_PORT + "/" + DATABASE,
                account.account(), account.password())) {
            c.createStatement().executeQuery("select * from t").close();
            assertThatThrownBy(() -> c.createStatement().execute("insert into t values (1)"))
                    .isInstanceOf(SQLException.class);
        }
        assertThatThrownBy(() -> rotator.create(target(), next(unusedAccountName()),
                new AccountSpec("ReadWrite", Optional.empty()))).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("DBName");
        assertThatThrownBy(() -> rotator.create(target(), next(unusedAccountName()),
                new AccountSpec("Superuser", Optional.of(DATABASE)))).isInstanceOf(InvalidValue.class);
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
