package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import kmsecrets.application.port.out.CredentialRotator.Login;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.application.port.out.CredentialRotator.TargetFailure;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.Credential;
import org.junit.jupiter.api.Test;

/**
 * The rotator contract kit: what every {@link CredentialRotator} promises the core, proven against a real target
 * (the in-memory doubles pass it too). This class holds what every rotator does: an imported account is found and
 * a missing one is invalid input; the new credential logs in and the one it replaces no longer does, idempotently;
 * an account that vanished is a failure. A test class then says which further promises its rotator makes by
 * implementing the interfaces below: {@link CredentialRotatorPromises.CreatesAccounts} or
 * {@link CredentialRotatorPromises.ImportsOnly} (one of the two), {@link CredentialRotatorPromises.Passwords},
 * {@link CredentialRotatorPromises.HasAdministrator}, {@link CredentialRotatorPromises.Remote}. Password engines implement
 * {@link #newAccount(String)}, others {@link #existing()}.
 */
public abstract class CredentialRotatorContract implements CredentialRotatorPromises.Fixture {

    /** Creates a fresh account holding {@code password} on the target and returns its name (password engines). */
    public String newAccount(String password) {
        throw new UnsupportedOperationException("override newAccount(password) or existing()");
    }

    @Override
    public Credential existing() {
        String password = password("Start");
        return new AccountPassword(newAccount(password), password);
    }

    @Override
    public String unusedAccountName() {
        return "kms_new_" + System.nanoTime();
    }

    /** The kind of credential the tests make: the rotator's only one, or override. */
    public Class<? extends Credential> kind() {
        return rotator().credentialKinds().iterator().next();
    }

    @Override
    public Credential next(String account) {
        return rotator().next(target(), account, kind(), () -> password("New"));
    }

    @Override
    public String material(Credential credential) {
        return ((AccountPassword) credential).password();
    }

    public static String password(String tag) {
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
    void anAccountThatVanishedIsAFailure() {
        assertThatThrownBy(() -> rotator().apply(target(), next(unusedAccountName()), Optional.empty()))
                .isInstanceOf(TargetFailure.class);
    }
}
