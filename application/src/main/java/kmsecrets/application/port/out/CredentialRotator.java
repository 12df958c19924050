package kmsecrets.application.port.out;

import java.util.Objects;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.Credential;

/**
 * Changes accounts on one engine of database ("postgresql", "mysql", "redis"), always to a password the core
 * chose, so that repeating a call after a crash is harmless. Failures surface as {@link TargetFailure} whose
 * message never holds a password; which account and which labels move is the domain's business.
 */
public interface CredentialRotator {
    /** The engine name registered instances use. */
    String engine();

    /** Fails with {@code InvalidValue} when the account does not exist on the instance. */
    void requireAccount(Target target, String account);

    /** Creates the account with the privilege and password, or resets an existing one to exactly that. */
    void createAccount(Target target, Credential credential, String privilege);

    /** Sets the account's password; setting the same password again is harmless. */
    void apply(Target target, Credential credential);

    /** Logs in as the account: ACCEPTED or REJECTED; {@link TargetFailure} when the server cannot be asked. */
    Login tryLogin(Target target, Credential credential);

    enum Login { ACCEPTED, REJECTED }

    /** An instance with its administrator password. */
    record Target(DatabaseInstance instance, SecretValue adminPassword) {
        public Target {
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(adminPassword, "adminPassword");
        }
    }

    /**
     * The target could not be reached ({@link #unreachable()}) or refused the administrator's change. Never carries
     * a password.
     */
    final class TargetFailure extends RuntimeException {
        private final boolean unreachable;

        public TargetFailure(String message) {
            this(message, false);
        }

        public TargetFailure(String message, boolean unreachable) {
            super(message, null, false, false);
            this.unreachable = unreachable;
        }

        /** Nothing answered (connection refused, timed out): the request may succeed later as it is. */
        public boolean unreachable() {
            return unreachable;
        }
    }
}
