package kmsecrets.application.port.out;

import static kmsecrets.application.port.out.CredentialRotatorContract.password;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import kmsecrets.application.port.out.CredentialRotator.Login;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.application.port.out.CredentialRotator.TargetFailure;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.SecretValue;
import org.junit.jupiter.api.Test;

/**
 * The promises of the rotator contract kit beyond what every rotator does ({@link CredentialRotatorContract}): a
 * rotator's test implements those that hold for it, and each brings its tests.
 */
public interface CredentialRotatorPromises {
    /** What the promises below need from the test class; the contract class provides most of it. */
    interface Fixture {
        CredentialRotator rotator();

        /** The target, with the right administrator secret. */
        Target target();

        /** Creates a fresh account on the target and returns the credential it holds. */
        Credential existing();

        /** A name no account on the target has. */
        String unusedAccountName();

        /** A new credential of the tests' kind for the account, not yet applied. */
        Credential next(String account);

        /** The secret material of a credential, which no failure message may show. */
        String material(Credential credential);
    }

    /** Rotators whose secrets have the service create accounts (Redis, PolarDB). */
    interface CreatesAccounts extends Fixture {
        /** What this rotator's secrets create accounts with. */
        default AccountSpec creationSpec() {
            return AccountSpec.of("");
        }

        @Test
        default void aCreatedAccountLogsInAndCreatingItAgainIsHarmless() {
            assertThat(rotator().createsAccounts()).as("the rotator says it creates accounts").isTrue();
            Credential created = next(unusedAccountName());
            try {
                rotator().create(target(), created, creationSpec());
                rotator().create(target(), created, creationSpec());
                assertThat(rotator().tryLogin(target(), created)).isEqualTo(Login.ACCEPTED);
                rotator().requireAccount(target(), created);
            } finally {
                rotator().remove(target(), created);
            }
        }

        @Test
        default void anExistingAccountIsNeverTakenOverNorRemoved() {
            Credential theirs = existing();
            Credential ours = next(theirs.account());
            assertThatThrownBy(() -> rotator().create(target(), ours, creationSpec()))
                    .isInstanceOf(InvalidValue.class);
            rotator().remove(target(), ours);
            assertThat(rotator().tryLogin(target(), theirs)).isEqualTo(Login.ACCEPTED);
        }

        @Test
        default void removingUndoesACreation() {
            Credential created = next(unusedAccountName());
            rotator().create(target(), created, creationSpec());
            rotator().remove(target(), created);
            rotator().remove(target(), created);
            assertThat(rotator().tryLogin(target(), created)).isEqualTo(Login.REJECTED);
            assertThatThrownBy(() -> rotator().requireAccount(target(), created)).isInstanceOf(InvalidValue.class);
        }
    }

    /** Rotators whose credentials always exist before their secret (imported): they say so and refuse creation. */
    interface ImportsOnly extends Fixture {
        @Test
        default void saysItDoesNotCreateAccountsAndRefusesTo() {
            assertThat(rotator().createsAccounts()).isFalse();
            assertThatThrownBy(() -> rotator().create(target(), next(unusedAccountName()), AccountSpec.of("")))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    /** Password engines: every character a generated password may hold survives the engine's quoting. */
    interface Passwords extends Fixture {
        /** Every character a generated password may hold under the default policy. */
        String EVERY_ALLOWED = "aZ09!#%*+-.:=?@^_~";

        @Test
        default void everyCharacterAGeneratedPasswordMayHoldSurvivesTheEnginesQuoting() {
            Credential old = existing();
            Credential next = new AccountPassword(old.account(), EVERY_ALLOWED + password("x"));
            rotator().apply(target(), next, Optional.of(old));
            assertThat(rotator().tryLogin(target(), next)).isEqualTo(Login.ACCEPTED);
        }
    }

    /** Targets changed by an administrator whose secret the service holds. */
    interface HasAdministrator extends Fixture {
        default Target withAdminSecret(String secret) {
            return new Target(target().account(), target().id(), target().registered(), SecretValue.ofText(secret));
        }

        @Test
        default void aWrongAdministratorSecretFailsAndNoSecretIsShown() {
            Credential old = existing();
            Credential next = next(old.account());
            String wrongAdmin = password("WrongAdmin");
            assertThatThrownBy(() -> rotator().apply(withAdminSecret(wrongAdmin), next, Optional.of(old)))
                    .isInstanceOf(TargetFailure.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(material(next))
                            .doesNotContain(wrongAdmin).doesNotContain(target().adminSecret().asText()));
            assertThat(rotator().tryLogin(target(), next)).isEqualTo(Login.REJECTED);
            assertThatThrownBy(() -> rotator().checkAdministrator(withAdminSecret(wrongAdmin)))
                    .isInstanceOf(TargetFailure.class);
            rotator().checkAdministrator(target());
        }
    }

    /** Targets reached over the network: one that does not answer is a failure, never a rejection. */
    interface Remote extends Fixture {
        /** The same target at a port nothing listens on. */
        default Target unreachable() {
            DatabaseInstance i = target().instance();
            return new Target(new DatabaseInstance(i.id(), i.engine(), "127.0.0.1", 9, i.database(), i.adminUser(),
                    i.passwords(), i.registeredAt()), target().adminSecret());
        }

        @Test
        default void aTargetThatCannotBeReachedIsAFailureNotARejection() {
            Credential old = existing();
            assertThatThrownBy(() -> rotator().tryLogin(unreachable(), old))
                    .isInstanceOf(TargetFailure.class).matches(e -> ((TargetFailure) e).unreachable());
            assertThatThrownBy(() -> rotator().apply(unreachable(), next(old.account()), Optional.of(old)))
                    .isInstanceOf(TargetFailure.class);
        }
    }
}
