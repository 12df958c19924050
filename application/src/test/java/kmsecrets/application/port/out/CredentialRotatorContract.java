package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import java.util.UUID;
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
 * The rotator contract kit: what every {@link CredentialRotator} promises the core, proven against a real target
 * (the in-memory fake passes it too). Rotation: the new credential logs in and the one it replaces no longer does,
 * idempotently; logins tell "rejected" from "cannot ask"; failures never show secret material. Creation (for
 * rotators that declare {@link CredentialRotator#createsAccounts()}): a created account logs in, creating again is
 * harmless, an existing account is never taken over, and removing undoes a creation. An adapter's test extends
 * this; password engines implement {@link #newAccount(String)}, others {@link #existing()}.
 */
public abstract class CredentialRotatorContract {
    /** Every character a generated password may hold under the default policy (DatabaseInstance.DEFAULT_EXCLUDED). */
    protected static final String EVERY_ALLOWED = "aZ09!#%*+-.:=?@^_~";

    protected abstract CredentialRotator rotator();

    /** The target, with the right administrator secret. */
    protected abstract Target target();

    /** Creates a fresh account holding {@code password} on the target and returns its name (password engines). */
    protected String newAccount(String password) {
        throw new UnsupportedOperationException("override newAccount(password) or existing()");
    }

    /** Creates a fresh account on the target and returns the credential it holds. */
    protected Credential existing() {
        String password = password("Start");
        return new AccountPassword(newAccount(password), password);
    }

    /** A name no account on the target has. */
    protected String unusedAccountName() {
        return "kms_new_" + System.nanoTime();
    }

    /** What this rotator's secrets create accounts with (asked only of rotators that create accounts). */
    protected AccountSpec creationSpec() {
        return AccountSpec.of("");
    }

    /** False for targets without an administrator secret of their own (the service's own users). */
    protected boolean hasAdministrator() {
        return true;
    }

    /** The same target at a port nothing listens on; empty when the target is this process's own. */
    protected Optional<Target> unreachable() {
        DatabaseInstance i = target().instance();
        return Optional.of(new Target(new DatabaseInstance(i.id(), i.engine(), "127.0.0.1", 9, i.database(),
                i.adminUser(), i.passwords(), i.registeredAt()), target().adminSecret()));
    }

    /** The secret material of a credential, which no failure message may show. */
    protected String material(Credential credential) {
        return ((AccountPassword) credential).password();
    }

    /** The kind of credential the tests make: the rotator's only one, or override. */
    protected Class<? extends Credential> kind() {
        return rotator().credentialKinds().iterator().next();
    }

    protected Credential next(String account) {
        return rotator().next(target(), account, kind(), () -> password("New"));
    }

    protected Target withAdminSecret(String secret) {
        return new Target(target().account(), target().id(), target().registered(), SecretValue.ofText(secret));
    }

    protected static String password(String tag) {
        return tag + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    @Test
    void existingAccountsAreFoundMissingOnesAreInvalidInput() {
        Credential account = existing();
        rotator().requireAccount(target(), account);
        assertThatThrownBy(() -> rotator().requireAccount(target(), next(unusedAccountName())))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void theNewCredentialLogsInAndTheReplacedOneNoLonger() {
        Credential old = existing();
        assertThat(rotator().tryLogin(target(), old)).isEqualTo(Login.ACCEPTED);
        Credential next = next(old.account());
        rotator().apply(target(), next, Optional.of(old));
        assertThat(rotator().tryLogin(target(), next)).isEqualTo(Login.ACCEPTED);
        assertThat(rotator().tryLogin(target(), old)).isEqualTo(Login.REJECTED);
    }

    @Test
    void applyingTheSameCredentialAgainIsHarmless() {
        Credential old = existing();
        Credential next = next(old.account());
        rotator().apply(target(), next, Optional.of(old));
        rotator().apply(target(), next, Optional.of(old));
        assertThat(rotator().tryLogin(target(), next)).isEqualTo(Login.ACCEPTED);
    }

    @Test
    void everyCharacterAGeneratedPasswordMayHoldSurvivesTheEnginesQuoting() {
        Credential old = existing();
        assumeTrue(old instanceof AccountPassword, "a password engine");
        Credential next = new AccountPassword(old.account(), EVERY_ALLOWED + password("x"));
        rotator().apply(target(), next, Optional.of(old));
        assertThat(rotator().tryLogin(target(), next)).isEqualTo(Login.ACCEPTED);
    }

    @Test
    void anAccountThatVanishedIsAFailure() {
        assertThatThrownBy(() -> rotator().apply(target(), next(unusedAccountName()), Optional.empty()))
                .isInstanceOf(TargetFailure.class);
    }

    @Test
    void aWrongAdministratorSecretFailsAndNoSecretIsShown() {
        assumeTrue(hasAdministrator(), "the target has an administrator");
        Credential old = existing();
        Credential next = next(old.account());
        String wrongAdmin = password("WrongAdmin");
        assertThatThrownBy(() -> rotator().apply(withAdminSecret(wrongAdmin), next, Optional.of(old)))
                .isInstanceOf(TargetFailure.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(material(next)).doesNotContain(wrongAdmin)
                        .doesNotContain(target().adminSecret().asText()));
        assertThat(rotator().tryLogin(target(), next)).isEqualTo(Login.REJECTED);
        assertThatThrownBy(() -> rotator().checkAdministrator(withAdminSecret(wrongAdmin)))
                .isInstanceOf(TargetFailure.class);
        rotator().checkAdministrator(target());
    }

    @Test
    void aTargetThatCannotBeReachedIsAFailureNotARejection() {
        Optional<Target> unreachable = unreachable();
        assumeTrue(unreachable.isPresent(), "the target is remote");
        Credential old = existing();
        assertThatThrownBy(() -> rotator().tryLogin(unreachable.get(), old))
                .isInstanceOf(TargetFailure.class).matches(e -> ((TargetFailure) e).unreachable());
        assertThatThrownBy(() -> rotator().apply(unreachable.get(), next(old.account()), Optional.of(old)))
                .isInstanceOf(TargetFailure.class);
    }

    @Test
    void aCreatedAccountLogsInAndCreatingItAgainIsHarmless() {
        assumeTrue(rotator().createsAccounts(), "the rotator creates accounts");
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
    void anExistingAccountIsNeverTakenOverNorRemoved() {
        assumeTrue(rotator().createsAccounts(), "the rotator creates accounts");
        Credential theirs = existing();
        Credential ours = next(theirs.account());
        assertThatThrownBy(() -> rotator().create(target(), ours, creationSpec())).isInstanceOf(InvalidValue.class);
        rotator().remove(target(), ours);
        assertThat(rotator().tryLogin(target(), theirs)).isEqualTo(Login.ACCEPTED);
    }

    @Test
    void removingUndoesACreation() {
        assumeTrue(rotator().createsAccounts(), "the rotator creates accounts");
        Credential created = next(unusedAccountName());
        rotator().create(target(), created, creationSpec());
        rotator().remove(target(), created);
        rotator().remove(target(), created);
        assertThat(rotator().tryLogin(target(), created)).isEqualTo(Login.REJECTED);
        assertThatThrownBy(() -> rotator().requireAccount(target(), created)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void aRotatorThatDoesNotCreateAccountsSaysSoAndRefuses() {
        assumeTrue(!rotator().createsAccounts(), "the rotator does not create accounts");
        assertThatThrownBy(() -> rotator().create(target(), next(unusedAccountName()), creationSpec()))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
