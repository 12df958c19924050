package kmsecrets.application.port.out;

import java.util.LinkedHashMap;
import java.util.Map;
import kmsecrets.domain.error.InvalidValue;
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

    /** The administrator password the fake server accepts. */
    public static final String ADMIN_PASSWORD = "admin-pw";

    public FakeAccounts(String engine) {
        this.engine = engine;
    }

    public void put(String account, String password) {
        passwords.put(account, password);
    }

    public String password(String account) {
        return passwords.get(account);
    }

    @Override
    public String engine() {
        return engine;
    }

    @Override
    public void requireAccount(Target target, String account) {
        admin(target);
        if (!passwords.containsKey(account)) {
            throw new InvalidValue("SecretData", "the account " + account + " does not exist");
        }
    }

    @Override
    public void createAccount(Target target, Credential credential, String privilege) {
        admin(target);
        if (passwords.containsKey(credential.account())) {
            throw new InvalidValue("ExtendedConfig", "the account exists");
        }
        passwords.put(credential.account(), credential.password());
    }

    @Override
    public void apply(Target target, Credential credential) {
        admin(target);
        if (!passwords.containsKey(credential.account())) {
            throw new TargetFailure("no such account");
        }
        if (refuseChanges) {
            throw new TargetFailure("permission denied");
        }
        passwords.put(credential.account(), credential.password());
        applied++;
        if (loseAnswers) {
            throw new TargetFailure("connection reset");
        }
    }

    @Override
    public Login tryLogin(Target target, Credential credential) {
        reach(target);
        return credential.password().equals(passwords.get(credential.account())) ? Login.ACCEPTED : Login.REJECTED;
    }

    private void admin(Target target) {
        reach(target);
        if (!target.adminPassword().asText().equals(ADMIN_PASSWORD)) {
            throw new TargetFailure("administrator login refused");
        }
    }

    private void reach(Target target) {
        if (!reachable || target.instance().host().equals("unreachable")) {
            throw new TargetFailure("connection refused");
        }
    }
}
