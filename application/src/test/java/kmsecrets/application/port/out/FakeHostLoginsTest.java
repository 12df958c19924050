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

    abstract class Logins extends CredentialRotatorContract {
        @Override
        protected CredentialRotator rotator() {
            return fake;
        }

        @Override
        protected Target target() {
            return new Target(host("db.internal"), SecretValue.ofText(FakeAccounts.ADMIN_PASSWORD));
        }

        @Override
        protected Optional<Target> unreachable() {
            return Optional.of(new Target(host("unreachable"), SecretValue.ofText(FakeAccounts.ADMIN_PASSWORD)));
        }

        private DatabaseInstance host(String address) {
            return new DatabaseInstance("host-1", "ssh", address, 22, Optional.empty(), "root",
                    DatabaseInstance.policy(32, DatabaseInstance.DEFAULT_EXCLUDED), Instant.EPOCH);
        }
    }

    @Nested
    class Passwords extends Logins {
        @Override
        protected Class<? extends Credential> kind() {
            return AccountPassword.class;
        }

        @Override
        protected String newAccount(String password) {
            String user = "u" + System.nanoTime();
            fake.user(user, password);
            return user;
        }
    }

    @Nested
    class KeyPairs extends Logins {
        @Override
        protected Class<? extends Credential> kind() {
            return SshKeyPair.class;
        }

        @Override
        protected Credential existing() {
            String user = "u" + System.nanoTime();
            fake.user(user, "unused");
            SshKeyPair pair = (SshKeyPair) next(user);
            fake.authorize(pair);
            return pair;
        }

        @Override
        protected String material(Credential credential) {
            return ((SshKeyPair) credential).privateKey();
        }
    }
}
