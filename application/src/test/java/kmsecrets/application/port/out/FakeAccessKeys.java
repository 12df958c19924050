package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.AccessKeyPair;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;

/** The service's own users and their access key pairs in maps, behind the rotator port; for application tests. */
public final class FakeAccessKeys implements CredentialRotator {
    private final Map<String, Map<String, String>> pairsByUser = new LinkedHashMap<>();
    private final AtomicInteger serial = new AtomicInteger();

    /** A user with one pair, which is returned. */
    public AccessKeyPair user(String user) {
        AccessKeyPair pair = new AccessKeyPair(user, "LTAIfake" + serial.incrementAndGet(),
                "fake-secret-" + serial.incrementAndGet(), Optional.empty());
        pairsByUser.computeIfAbsent(user, u -> new LinkedHashMap<>()).put(pair.accessKeyId(), pair.accessKeySecret());
        return pair;
    }

    @Override
    public String engine() {
        return "kmsecrets";
    }

    @Override
    public Set<Class<? extends Credential>> credentialKinds() {
        return Set.of(AccessKeyPair.class);
    }

    @Override
    public boolean createsAccounts() {
        return false;
    }

    @Override
    public Credential next(Target target, String account, Class<? extends Credential> kind,
                           Supplier<String> passwords) {
        return new AccessKeyPair(account, "LTAIfake" + serial.incrementAndGet(), passwords.get(),
                Optional.of(Instant.EPOCH));
    }

    @Override
    public void checkAdministrator(Target target) {
    }

    @Override
    public void requireAccount(Target target, Credential credential) {
        if (tryLogin(target, credential) != Login.ACCEPTED) {
            throw new InvalidValue("SecretData", "not a pair of that user");
        }
    }

    @Override
    public void create(Target target, Credential credential, AccountSpec spec) {
        throw new UnsupportedOperationException("pairs are imported");
    }

    @Override
    public void remove(Target target, Credential credential) {
        throw new UnsupportedOperationException("pairs are imported");
    }

    @Override
    public void apply(Target target, Credential next, Optional<Credential> replaced) {
        AccessKeyPair pair = (AccessKeyPair) next;
        Map<String, String> pairs = pairsByUser.get(pair.account());
        if (pairs == null) {
            throw new TargetFailure("no such user");
        }
        pairs.putIfAbsent(pair.accessKeyId(), pair.accessKeySecret());
        replaced.map(AccessKeyPair.class::cast).filter(old -> !old.accessKeyId().equals(pair.accessKeyId()))
                .ifPresent(old -> pairs.remove(old.accessKeyId()));
    }

    @Override
    public Login tryLogin(Target target, Credential credential) {
        AccessKeyPair pair = (AccessKeyPair) credential;
        String secret = pairsByUser.getOrDefault(pair.account(), Map.of()).get(pair.accessKeyId());
        return pair.accessKeySecret().equals(secret) ? Login.ACCEPTED : Login.REJECTED;
    }
}
