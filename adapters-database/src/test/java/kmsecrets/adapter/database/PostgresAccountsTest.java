package kmsecrets.adapter.database;

import java.time.Instant;
import java.util.Optional;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.application.port.out.CredentialRotatorContract;
import kmsecrets.application.port.out.CredentialRotatorPromises;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.SecretValue;

/** Against a real PostgreSQL server that checks passwords (see {@link ScramPostgres}). */
class PostgresAccountsTest extends CredentialRotatorContract
        implements CredentialRotatorPromises.CreatesAccounts, CredentialRotatorPromises.Passwords, CredentialRotatorPromises.HasAdministrator, CredentialRotatorPromises.Remote {
    private static final ScramPostgres SERVER = ScramPostgres.shared();
    private static final String ADMIN = "kms_admin_" + System.nanoTime();
    private static final String ADMIN_PASSWORD = password("Admin");

    static {
        SERVER.createRole(ADMIN, ADMIN_PASSWORD, true);
    }

    private final PostgresAccounts rotator = new PostgresAccounts();

    @Override
    public CredentialRotator rotator() {
        return rotator;
    }

    @Override
    public Target target() {
        return new Target(new DatabaseInstance("pg-test", "postgresql", "127.0.0.1", SERVER.port,
                Optional.of("postgres"), ADMIN, DatabaseInstance.policy(32, DatabaseInstance.DEFAULT_EXCLUDED),
                Instant.EPOCH), SecretValue.ofText(ADMIN_PASSWORD));
    }

    @Override
    public AccountSpec creationSpec() {
        return new AccountSpec("", Optional.of("postgres"));
    }

    @Override
    public String newAccount(String password) {
        String name = "kms_acct_" + System.nanoTime();
        SERVER.createManagedRole(name, password, ADMIN);
        return name;
    }
}
