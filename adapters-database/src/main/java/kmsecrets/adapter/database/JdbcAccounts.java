package kmsecrets.adapter.database;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.instance.DatabaseInstance;
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

    abstract void setPassword(Connection admin, Credential credential) throws SQLException;

    @Override
    public void requireAccount(Target target, String account) {
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
    public void createAccount(Target target, Credential credential, String privilege) {
        throw new UnsupportedOperationException(engine() + " accounts are imported, never created by the service");
    }

    @Override
    public void apply(Target target, Credential credential) {
        try (Connection admin = admin(target)) {
            if (!exists(admin, credential.account())) {
                throw new TargetFailure("the account " + credential.account() + " no longer exists on "
                        + target.instance().id());
            }
            setPassword(admin, credential);
        } catch (SQLException e) {
            throw failure(target, "changing a password", e);
        }
    }

    @Override
    public Login tryLogin(Target target, Credential credential) {
        try (Connection ignored = connect(target.instance(), credential.account(), credential.password())) {
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
