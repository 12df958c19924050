package kmsecrets.application.port.out;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.SecretValue;

/**
 * Changes credentials on one engine of target ("postgresql", "mysql", "redis", "ssh", "kmsecrets"), always to a
 * credential the core chose and sealed beforehand, so that repeating a call after a crash is harmless. Failures
 * surface as {@link TargetFailure}, whose message never holds secret material; which version is replaced and
 * which labels move is the domain's business.
 */
public interface CredentialRotator {
    /** The engine name registered targets use. */
    String engine();

    /** True when {@link #create} and {@link #remove} work: types whose accounts the service creates need it. */
    boolean createsAccounts();

    /** The kinds of credential this rotator handles: by default accounts with passwords. */
    default Set<Class<? extends Credential>> credentialKinds() {
        return Set.of(AccountPassword.class);
    }

    /**
     * A new credential of that kind for {@code account}, made without touching the target: by default a password
     * drawn under the target's policy; engines with other credentials (key pairs, access keys) make their own.
     */
    default Credential next(Target target, String account, Class<? extends Credential> kind,
                            Supplier<String> passwords) {
        if (kind != AccountPassword.class) {
            throw new IllegalArgumentException(engine() + " credentials are passwords, not " + kind.getSimpleName());
        }
        return new AccountPassword(account, passwords.get());
    }

    /** Logs in as the target's administrator (at registration): {@link TargetFailure} when that fails. */
    void checkAdministrator(Target target);

    /** For imported credentials: fails with {@code InvalidValue} when the account does not exist on the target. */
    void requireAccount(Target target, Credential credential);

    /**
     * Creates the account with exactly this credential and spec. Idempotent: an account that exists and accepts
     * the credential (an earlier attempt made it) is left as it is; one that exists otherwise is never taken over
     * ({@code InvalidValue}: its owner's credential would change under it).
     */
    void create(Target target, Credential credential, AccountSpec spec);

    /** Undoes {@link #create} of this credential: removes the account if it still accepts it; else nothing. */
    void remove(Target target, Credential credential);

    /**
     * Makes {@code next} work on the target: sets the account's password, or installs the new key pair and retires
     * {@code replaced} (the credential the new version replaces, when it is a different one). Repeating it is
     * harmless.
     */
    void apply(Target target, Credential next, Optional<Credential> replaced);

    /** Logs in with the credential: ACCEPTED or REJECTED; {@link TargetFailure} when the target cannot be asked. */
    Login tryLogin(Target target, Credential credential);

    enum Login { ACCEPTED, REJECTED }

    /**
     * Where a secret's credential lives: the secret's account, the target's id, the registered instance or host
     * (absent for the service's own users) and its administrator secret (a password or a private key).
     */
    record Target(AccountId account, String id, Optional<DatabaseInstance> registered, SecretValue adminSecret) {
        public Target {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(registered, "registered");
            Objects.requireNonNull(adminSecret, "adminSecret");
        }

        /** A registered instance or host with its administrator secret. */
        public Target(DatabaseInstance instance, SecretValue adminSecret) {
            this(null, instance.id(), Optional.of(instance), adminSecret);
        }

        /** The registered instance; only engines whose targets are registered ask. */
        public DatabaseInstance instance() {
            return registered.orElseThrow(() -> new IllegalStateException("the target " + id + " is not registered"));
        }

        /** Kept for the database adapters, whose administrator secret is a password. */
        public SecretValue adminPassword() {
            return adminSecret;
        }
    }

    /**
     * The target could not be reached ({@link #unreachable()}) or refused the administrator's change. Never carries
     * secret material.
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
