package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.Optional;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.SecretValue;

/** The fake the service tests rely on keeps the promises the real rotators keep. */
class FakeAccountsTest extends CredentialRotatorContract
        implements CredentialRotatorPromises.CreatesAccounts, CredentialRotatorPromises.Passwords, CredentialRotatorPromises.HasAdministrator, CredentialRotatorPromises.Remote {
    private final FakeAccounts fake = new FakeAccounts("postgresql");

    @Override
    public CredentialRotator rotator() {
        return fake;
    }

    @Override
    public Target target() {
        return new Target(new DatabaseInstance("fake-1", "postgresql", "db.internal", 5432, Optional.empty(), "admin",
                DatabaseInstance.policy(32, DatabaseInstance.DEFAULT_EXCLUDED), Instant.EPOCH),
                SecretValue.ofText(FakeAccounts.ADMIN_PASSWORD));
    }

    @Override
    public String newAccount(String password) {
        String name = "acct" + System.nanoTime();
        fake.put(name, password);
        return name;
    }

    @Override
    public Target unreachable() {
        Target t = target();
        DatabaseInstance i = t.instance();
        return new Target(new DatabaseInstance(i.id(), i.engine(), "unreachable", i.port(), i.database(),
                i.adminUser(), i.passwords(), i.registeredAt()), t.adminPassword());
    }
}
