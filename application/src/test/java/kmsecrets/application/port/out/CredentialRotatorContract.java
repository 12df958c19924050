package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import kmsecrets.application.port.out.CredentialRotator.Login;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.application.port.out.CredentialRotator.TargetFailure;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.Credential;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CredentialRotator} promises the rotation algorithm: exact, idempotent password changes,
 * logins that tell "wrong password" from "cannot ask", and failures that never show a password. A rotator's test
 * extends this against a real server (the in-memory fake passes it too).
 */
public abstract class CredentialRotatorContract {
    /** Every character a generated password may hold under the default policy (DatabaseInstance.DEFAULT_EXCLUDED). */
    protected static final String EVERY_ALLOWED = "aZ09!#%*+-.:=?@^_~";

    protected abstract CredentialRotator rotator();

    /** The server, with the right administrator password. */
    protected abstract Target target();

    /** Creates a fresh account holding {@code password} on the server and returns its name. */
    protected abstract String newAccount(String password);

    protected Target withAdminPassword(String password) {
        return new Target(target().instance(), kmsecrets.domain.secret.SecretValue.ofText(password));
    }

    /** The same instance, but at a port nothing listens on. */
    protected Target unreachable() {
        DatabaseInstance i = target().instance();
        return new Target(new DatabaseInstance(i.id(), i.engine(), "127.0.0.1", 9, i.database(), i.adminUser(),
                i.passwords(), i.registeredAt()), target().adminPassword());
    }

    protected static String password(String tag) {
        return tag + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    @Test
    void existingAccountsAreFoundMissingOnesAreInvalidInput() {
        String account = newAccount(password("Start"));
        rotator().requireAccount(target(), account);
        assertThatThrownBy(() -> rotator().requireAccount(target(), account + "_missing"))
                .isInstanceOf(InvalidValue.class).hasMessageContaining(account + "_missing");
    }

    @Test
    void applyingAPasswordMakesItTheOnlyOneThatLogsIn() {
        String old = password("Old");
        String account = newAccount(old);
        assertThat(rotator().tryLogin(target(), new Credential(account, old))).isEqualTo(Login.ACCEPTED);
        String next = password("New");
        rotator().apply(target(), new Credential(account, next));
        assertThat(rotator().tryLogin(target(), new Credential(account, next))).isEqualTo(Login.ACCEPTED);
        assertThat(rotator().tryLogin(target(), new Credential(account, old))).isEqualTo(Login.REJECTED);
    }

    @Test
    void applyingTheSamePasswordAgainIsHarmless() {
        String account = newAccount(password("Old"));
        Credential next = new Credential(account, password("New"));
        rotator().apply(target(), next);
        rotator().apply(target(), next);
        assertThat(rotator().tryLogin(target(), next)).isEqualTo(Login.ACCEPTED);
    }

    @Test
    void everyCharacterAGeneratedPasswordMayHoldSurvivesTheEnginesQuoting() {
        String account = newAccount(password("Old"));
        Credential next = new Credential(account, EVERY_ALLOWED + password("x"));
        rotator().apply(target(), next);
        assertThat(rotator().tryLogin(target(), next)).isEqualTo(Login.ACCEPTED);
    }

    @Test
    void anAccountThatVanishedIsAFailure() {
        assertThatThrownBy(() -> rotator().apply(target(), new Credential("kms_gone_" + System.nanoTime(),
                password("New")))).isInstanceOf(TargetFailure.class);
    }

    @Test
    void aWrongAdministratorPasswordFailsAndNoPasswordIsShown() {
        String account = newAccount(password("Old"));
        String next = password("Canary");
        String wrongAdmin = password("WrongAdmin");
        assertThatThrownBy(() -> rotator().apply(withAdminPassword(wrongAdmin), new Credential(account, next)))
                .isInstanceOf(TargetFailure.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(next).doesNotContain(wrongAdmin)
                        .doesNotContain(target().adminPassword().asText()));
        assertThat(rotator().tryLogin(target(), new Credential(account, next))).isEqualTo(Login.REJECTED);
    }

    @Test
    void aServerThatCannotBeReachedIsAFailureNotARejection() {
        String account = newAccount(password("Old"));
        assertThatThrownBy(() -> rotator().tryLogin(unreachable(), new Credential(account, "x")))
                .isInstanceOf(TargetFailure.class);
        assertThatThrownBy(() -> rotator().apply(unreachable(), new Credential(account, "x")))
                .isInstanceOf(TargetFailure.class);
    }
}
