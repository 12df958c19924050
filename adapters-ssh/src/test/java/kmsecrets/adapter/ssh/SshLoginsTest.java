package kmsecrets.adapter.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.application.port.out.CredentialRotator.Login;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.application.port.out.CredentialRotatorContract;
import kmsecrets.application.port.out.CredentialRotatorPromises;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.SshKeyPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rotator contract kit against a private sshd, for both kinds of host login. */
class SshLoginsTest {
    private static final PrivateSshd SSHD = PrivateSshd.start();
    private static final SshLogins ROTATOR = new SshLogins(new SecureRandom());

    @AfterAll
    static void stop() {
        SSHD.close();
    }

    static Target host() {
        return new Target(new DatabaseInstance("host-test", "ssh", "127.0.0.1", SSHD.port, Optional.empty(), "root",
                DatabaseInstance.policy(32, DatabaseInstance.DEFAULT_EXCLUDED), Instant.EPOCH),
                SecretValue.ofText(SshLogins.adminSecret(SSHD.hostKey, SSHD.adminKey)));
    }

    @Test
    void aHostPresentingAnotherKeyThanThePinnedOneIsRefusedAndNothingIsSent() {
        String password = "Start-" + UUID.randomUUID();
        String user = SSHD.user(password);
        String otherHostKey = SSHD.keyPair("ed25519")[0];
        Target impostor = new Target(host().instance(), SecretValue.ofText(SshLogins.adminSecret(otherHostKey,
                SSHD.adminKey)));
        AccountPassword next = new AccountPassword(user, "Next-" + UUID.randomUUID());
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("apply", () -> ROTATOR.apply(impostor, next, Optional.empty()));
        calls.put("tryLogin", () -> ROTATOR.tryLogin(impostor, new AccountPassword(user, password)));
        calls.put("checkAdministrator", () -> ROTATOR.checkAdministrator(impostor));
        for (Map.Entry<String, Runnable> call : calls.entrySet()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(call.getValue()::run).as(call.getKey())
                    .isInstanceOf(CredentialRotator.TargetFailure.class)
                    .hasMessageContaining("another host key")
                    .matches(e -> !((CredentialRotator.TargetFailure) e).unreachable(), "not an outage");
        }
        assertThat(SSHD.logsIn(user, password)).as("the password did not change").isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ROTATOR.checkAdministrator(new Target(
                host().instance(), SecretValue.ofText(SSHD.adminKey)))).hasMessageContaining("no pinned host key");
    }

    abstract static class Logins extends CredentialRotatorContract
            implements CredentialRotatorPromises.ImportsOnly, CredentialRotatorPromises.HasAdministrator,
            CredentialRotatorPromises.Remote {
        @Override
        public CredentialRotator rotator() {
            return ROTATOR;
        }

        @Override
        public Target target() {
            return host();
        }

        @Override
        public String unusedAccountName() {
            return "kmsn_" + (System.nanoTime() % 1_000_000_000L);
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
            return SSHD.user(password);
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
            String user = SSHD.user("Unused-" + UUID.randomUUID());
            SshKeyPair pair = (SshKeyPair) next(user);
            SSHD.authorize(user, pair.publicKey());
            return pair;
        }

        @Override
        public String material(Credential credential) {
            return ((SshKeyPair) credential).privateKey();
        }

        @Test
        void theNewPairIsAddedAndOnlyTheReplacedOneRemoved() {
            SshKeyPair previous = (SshKeyPair) existing();
            SshKeyPair current = (SshKeyPair) next(previous.account());
            SSHD.authorize(previous.account(), current.publicKey());
            SshKeyPair next = (SshKeyPair) next(previous.account());
            assertThat(next.publicKey()).startsWith("ssh-rsa ");
            assertThat(next.privateKey()).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
            ROTATOR.apply(target(), next, Optional.of(previous));
            assertThat(SSHD.authorizedKeys(previous.account())).containsExactly(current.publicKey(), next.publicKey());
            assertThat(ROTATOR.tryLogin(target(), current)).isEqualTo(Login.ACCEPTED);
            assertThat(ROTATOR.tryLogin(target(), next)).isEqualTo(Login.ACCEPTED);
        }
    }
}
