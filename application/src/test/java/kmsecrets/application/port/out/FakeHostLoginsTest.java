package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.Optional;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.SshKeyPair;
import org.junit.jupiter.api.Nested;

/** The fake host passes the rotator contract kit for both login kinds, as SshLogins does against a real sshd. */
class FakeHostLoginsTest {
    private final FakeHostLogins fake = new FakeHostLogins();

    abstract class Logins extends CredentialRotatorContract
            implements CredentialRotatorPromises.ImportsOnly, CredentialRotatorPromises.HasAdministrator,
            CredentialRotatorPromises.Remote {
        @Override
        public CredentialRotator rotator() {
            return fake;
        }

        @Override
        public Target target() {
            return new Target(host("db.internal"), SecretValue.ofText(FakeAccounts.ADMIN_PASSWORD));
        }

        @Override
        public Target unreachable() {
            return new Target(host("unreachable"), SecretValue.ofText(FakeAccounts.ADMIN_PASSWORD));
        }

        private DatabaseInstance host(String address) {
            return new DatabaseInstance("host-1", "ssh", address, 22, Optional.empty(), "root",
                    DatabaseInstance.policy(32, DatabaseInstance.DEFAULT_EXCLUDED), Instant.EPOCH);
        }
    }

    @Nested
    class Passwords extends Logins implements CredentialRotatorPromises.Passwords {
        @Override
        public Class<? extends Credential> kind() {
            return AccountPassword.class;
        }

        @Override
        public String newAccount(String password) {
            String user = "u" + System.nanoTime();
            fake.user(user, password);
            return user;
        }
    }

    @Nested
    class KeyPairs extends Logins {
        @Override
        public Class<? extends Credential> kind() {
            return SshKeyPair.class;
        }

        @Override
        public Credential existing() {
            String user = "u" + System.nanoTime();
            fake.user(user, "unused");
            SshKeyPair pair = (SshKeyPair) next(user);
            fake.authorize(pair);
            return pair;
        }

        @Override
        public String material(Credential credential) {
            return ((SshKeyPair) credential).privateKey();
        }
    }
}
