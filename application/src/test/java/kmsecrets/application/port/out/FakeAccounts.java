package kmsecrets.application.port.out;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;

/**
 * A database server's accounts in a map, behind the {@link CredentialRotator} port, with switches that make it
 * unreachable or refuse changes; for application-layer unit tests only.
 */
public final class FakeAccounts implements CredentialRotator {
    private final String engine;
    private final Map<String, String> passwords = new LinkedHashMap<>();
    public boolean reachable = true;
    public boolean refuseChanges = false;
    /** Applies the change, then fails as if the connection dropped before the answer came back. */
    public boolean loseAnswers = false;
    public int applied;
    public int created;

    /** The administrator password the fake server accepts. */
    public static final String ADMIN_PASSWORD = "admin-pw";

    public FakeAccounts(String engine) {
        this.engine = engine;
    }

    public void put(String account, String password) {
        passwords.put(account, password);
    }

    public void remove(String account) {
        passwords.remove(account);
    }

    public String password(String account) {
        return passwords.get(account);
    }

    @Override
    public String engine() {
        return engine;
    }

    @Override
    public boolean createsAccounts() {
        return true;
    }

    @Override
    public void checkAdministrator(Target target) {
        admin(target);
    }

    @Override
    public void requireAccount(Target target, Credential credential) {
        admin(target);
        if (!passwords.containsKey(credential.account())) {
            throw new InvalidValue("SecretData", "the account " + credential.account() + " does not exist");
        }
    }

    @Override
    public void create(Target target, Credential credential, AccountSpec spec) {
        admin(target);
        if (refuseChanges) {
            throw new TargetFailure("permission denied");
        }
        AccountPassword account = (AccountPassword) credential;
        String existing = passwords.get(account.account());
        if (existing != null && !existing.equals(account.password())) {
            throw new InvalidValue("ExtendedConfig", "the account exists");
        }
        passwords.put(account.account(), account.password());
        created++;
        if (loseAnswers) {
            throw new TargetFailure("connection reset", true);
        }
    }

    @Override
    public void remove(Target target, Credential credential) {
        admin(target);
        if (tryLogin(target, credential) == Login.ACCEPTED) {
            passwords.remove(credential.account());
        }
    }

    @Override
    public void apply(Target target, Credential next, Optional<Credential> replaced) {
        admin(target);
        if (!passwords.containsKey(next.account())) {
            throw new TargetFailure("no such account");
        }
        if (refuseChanges) {
            throw new TargetFailure("permission denied");
        }
        passwords.put(next.account(), ((AccountPassword) next).password());
        applied++;
        if (loseAnswers) {
            throw new TargetFailure("connection reset");
        }
    }

    @Override
    public Login tryLogin(Target target, Credential credential) {
        reach(target);
        return ((AccountPassword) credential).password().equals(passwords.get(credential.account()))
                ? Login.ACCEPTED : Login.REJECTED;
    }

    private void admin(Target target) {
        reach(target);
        if (!target.adminPassword().asText().equals(ADMIN_PASSWORD)) {
            throw new TargetFailure("administrator login refused");
        }
    }

    private void reach(Target target) {
        if (!reachable || target.instance().host().equals("unreachable")) {
            throw new TargetFailure("connection refused", true);
        }
    }
}
