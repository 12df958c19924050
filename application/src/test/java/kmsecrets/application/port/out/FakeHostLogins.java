package kmsecrets.application.port.out;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.SshKeyPair;

/** A host's users in maps (a password, authorized key pairs) behind the rotator port; for application tests. */
public final class FakeHostLogins implements CredentialRotator {
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final Map<String, Set<String>> authorized = new LinkedHashMap<>();
    /** Which private key belongs to which public key: what a real key pair guarantees. */
    private final Map<String, String> privateOf = new LinkedHashMap<>();
    private final AtomicInteger serial = new AtomicInteger();

    public void user(String user, String password) {
        passwords.put(user, password);
        authorized.put(user, new LinkedHashSet<>());
    }

    public void authorize(SshKeyPair pair) {
        authorized.get(pair.account()).add(pair.publicKey());
    }

    @Override
    public String engine() {
        return "ssh";
    }

    @Override
    public Set<Class<? extends Credential>> credentialKinds() {
        return Set.of(AccountPassword.class, SshKeyPair.class);
    }

    @Override
    public boolean createsAccounts() {
        return false;
    }

    @Override
    public Credential next(Target target, String account, Class<? extends Credential> kind,
                           Supplier<String> passwords) {
        if (kind == AccountPassword.class) {
            return new AccountPassword(account, passwords.get());
        }
        int n = serial.incrementAndGet();
        SshKeyPair pair = new SshKeyPair(account, "ssh-fake KEY" + n, "PRIVATE" + n);
        privateOf.put(pair.publicKey(), pair.privateKey());
        return pair;
    }

    @Override
    public void checkAdministrator(Target target) {
        admin(target);
    }

    @Override
    public void requireAccount(Target target, Credential credential) {
        admin(target);
        if (!passwords.containsKey(credential.account()) || tryLogin(target, credential) != Login.ACCEPTED) {
            throw new InvalidValue("SecretData", "no such login");
        }
    }

    @Override
    public void create(Target target, Credential credential, AccountSpec spec) {
        throw new UnsupportedOperationException("host logins are imported");
    }

    @Override
    public void remove(Target target, Credential credential) {
        throw new UnsupportedOperationException("host logins are imported");
    }

    @Override
    public void apply(Target target, Credential next, Optional<Credential> replaced) {
        admin(target);
        if (!passwords.containsKey(next.account())) {
            throw new TargetFailure("no such user");
        }
        if (next instanceof AccountPassword password) {
            passwords.put(next.account(), password.password());
        } else {
            SshKeyPair pair = (SshKeyPair) next;
            authorized.get(pair.account()).add(pair.publicKey());
            replaced.map(SshKeyPair.class::cast).filter(old -> !old.publicKey().equals(pair.publicKey()))
                    .ifPresent(old -> authorized.get(pair.account()).remove(old.publicKey()));
        }
    }

    @Override
    public Login tryLogin(Target target, Credential credential) {
        reach(target);
        if (credential instanceof AccountPassword password) {
            return password.password().equals(passwords.get(password.account())) ? Login.ACCEPTED : Login.REJECTED;
        }
        SshKeyPair pair = (SshKeyPair) credential;
        boolean holds = pair.privateKey().equals(privateOf.get(pair.publicKey()));
        return holds && authorized.getOrDefault(pair.account(), Set.of()).contains(pair.publicKey())
                ? Login.ACCEPTED : Login.REJECTED;
    }

    private void admin(Target target) {
        reach(target);
        if (!target.adminSecret().asText().equals(FakeAccounts.ADMIN_PASSWORD)) {
            throw new TargetFailure("administrator key refused");
        }
    }

    private static void reach(Target target) {
        if (target.instance().host().equals("unreachable")) {
            throw new TargetFailure("connection refused", true);
        }
    }
}
