package kmsecrets.adapter.database;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;

/**
 * What the SQL engines share: a fresh connection per operation (rotations are rare; no pool holds administrator
 * sessions open), login checks told apart from outages by SQLState class 28, and failures reported without the
 * driver's message, which may quote a statement.
 */
abstract class JdbcAccounts implements CredentialRotator {
    private static final String INVALID_AUTHORIZATION = "28";
    private final Driver driver;

    JdbcAccounts(Driver driver) {
        this.driver = driver;
    }

    abstract String url(DatabaseInstance instance);

    /** Connection properties besides user and password: timeouts, so that a dead server fails fast. */
    abstract void timeouts(Properties properties);

    abstract boolean exists(Connection admin, String account) throws SQLException;

    abstract void setPassword(Connection admin, AccountPassword credential) throws SQLException;

    /** Refuses (InvalidValue) a spec this engine cannot grant, before anything is created. */
    abstract void checkSpec(AccountSpec spec);

    /** Creates the account with the password. */
    abstract void createAccount(Connection admin, AccountPassword credential) throws SQLException;

    /** Grants the spec's privilege to the account; granting again is harmless. */
    abstract void grant(Connection admin, String account, AccountSpec spec) throws SQLException;

    abstract void dropAccount(Connection admin, String account) throws SQLException;

    @Override
    public boolean createsAccounts() {
        return true;
    }

    @Override
    public void checkAdministrator(Target target) {
        try (Connection ignored = admin(target)) {
            // a login is the check
        } catch (SQLException e) {
            throw failure(target, "logging in as the administrator", e);
        }
    }

    @Override
    public void requireAccount(Target target, Credential credential) {
        String account = credential.account();
        try (Connection admin = admin(target)) {
            if (!exists(admin, account)) {
                throw new InvalidValue("SecretData", "the account " + account + " does not exist on the database "
                        + "instance " + target.instance().id());
            }
        } catch (SQLException e) {
            throw failure(target, "checking an account", e);
        }
    }

    @Override
    public void create(Target target, Credential credential, AccountSpec spec) {
        AccountPassword account = passwordOf(credential);
        checkSpec(spec);
        try (Connection admin = admin(target)) {
            if (!exists(admin, account.account())) {
                createAccount(admin, account);
            } else if (tryLogin(target, account) != Login.ACCEPTED) {
                throw new InvalidValue("ExtendedConfig", "the account " + account.account() + " exists on the "
                        + "instance " + target.instance().id() + "; the service creates new accounts only");
            }
            // also when an earlier attempt created the account but stopped before its grants
            grant(admin, account.account(), spec);
        } catch (SQLException e) {
            throw failure(target, "creating an account", e);
        }
    }

    @Override
    public void remove(Target target, Credential credential) {
        try (Connection admin = admin(target)) {
            if (exists(admin, credential.account()) && tryLogin(target, credential) == Login.ACCEPTED) {
                dropAccount(admin, credential.account());
            }
        } catch (SQLException e) {
            throw failure(target, "removing an account", e);
        }
    }

    @Override
    public void apply(Target target, Credential next, Optional<Credential> replaced) {
        AccountPassword account = passwordOf(next);
        try (Connection admin = admin(target)) {
            if (!exists(admin, account.account())) {
                throw new TargetFailure("the account " + account.account() + " no longer exists on "
                        + target.instance().id());
            }
            setPassword(admin, account);
        } catch (SQLException e) {
            throw failure(target, "changing a password", e);
        }
    }

    @Override
    public Login tryLogin(Target target, Credential credential) {
        AccountPassword account = passwordOf(credential);
        try (Connection ignored = connect(target.instance(), account.account(), account.password())) {
            return Login.ACCEPTED;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith(INVALID_AUTHORIZATION)) {
                return Login.REJECTED;
            }
            throw failure(target, "logging in", e);
        }
    }

    private Connection admin(Target target) throws SQLException {
        return connect(target.instance(), target.instance().adminUser(), target.adminPassword().asText());
    }

    private Connection connect(DatabaseInstance instance, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        timeouts(properties);
        Connection connection = driver.connect(url(instance), properties);
        if (connection == null) {
            throw new SQLException("the driver does not accept the URL", "08001");
        }
        return connection;
    }

    static AccountPassword passwordOf(Credential credential) {
        if (!(credential instanceof AccountPassword password)) {
            throw new IllegalArgumentException("database accounts hold passwords, not " + credential.getClass()
                    .getSimpleName());
        }
        return password;
    }

    /** What an operator can do about a failure with this SQLState, if the engine knows ("" if not). */
    String hint(String sqlState) {
        return "";
    }

    /** SQLState and vendor code only: driver messages can quote the statement that failed. */
    private TargetFailure failure(Target target, String doing, SQLException e) {
        return new TargetFailure(engine() + " instance " + target.instance().id() + " failed while " + doing
                + " (SQLState " + e.getSQLState() + ", code " + e.getErrorCode() + ")" + hint(e.getSQLState()),
                e.getSQLState() != null && e.getSQLState().startsWith("08"));
    }
}
