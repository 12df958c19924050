package kmsecrets.adapter.persistence;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import kmsecrets.application.port.out.AccessKeyRepository;
import kmsecrets.application.port.out.AccessKeyRepository.StoredAccessKey;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.IdentityRepository;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.AccessKeyPair;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.SecretValue;

/**
 * The service's own users as a credential target (engine {@code kmsecrets}, for RAMCredentials secrets): a
 * rotation adds a new access key pair to the user and deletes the pair it replaces. The pair is the one the core
 * generated and sealed beforehand, so adding it again after a crash is harmless. A user's pair is only ever taken
 * for a secret by a caller who holds its secret; root keys are never managed. Each change commits on its own; the
 * nodes' signing-key caches drop a deleted pair within their expiry.
 */
public final class OwnAccessKeys implements CredentialRotator {
    private final AccessKeyRepository accessKeys;
    private final IdentityRepository identities;
    private final MasterKeyCipher masterKey;
    private final IdGenerator ids;
    private final Clock clock;

    public OwnAccessKeys(AccessKeyRepository accessKeys, IdentityRepository identities, MasterKeyCipher masterKey,
                         IdGenerator ids, Clock clock) {
        this.accessKeys = accessKeys;
        this.identities = identities;
        this.masterKey = masterKey;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public String engine() {
        return "kmsecrets";
    }

    /** The pairs exist before their secret: a RAMCredentials secret imports them, and rotations add new ones. */
    @Override
    public boolean createsAccounts() {
        return false;
    }

    @Override
    public Set<Class<? extends Credential>> credentialKinds() {
        return Set.of(AccessKeyPair.class);
    }

    /** A new pair for the user: an id and a secret as CreateAccessKey makes them, generated now. */
    @Override
    public Credential next(Target target, String account, Class<? extends Credential> kind,
                           Supplier<String> passwords) {
        return new AccessKeyPair(account, ids.newAccessKeyId(), ids.newAccessKeySecret(),
                Optional.of(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    }

    /** The service itself: nothing to log in to. */
    @Override
    public void checkAdministrator(Target target) {
    }

    /**
     * The user exists and the pair is one of its own, enabled, with exactly that secret: whoever imports a pair
     * proves they hold it (otherwise a rotation would hand them a fresh pair of someone else's user).
     */
    @Override
    public void requireAccount(Target target, Credential credential) {
        AccessKeyPair pair = pair(credential);
        if (!identities.userExists(target.account(), pair.account())) {
            throw new InvalidValue("ExtendedConfig", "the user " + pair.account() + " does not exist");
        }
        if (tryLogin(target, pair) != Login.ACCEPTED) {
            throw new InvalidValue("SecretData", "the access key " + pair.accessKeyId() + " is not an enabled key of "
                    + "the user " + pair.account() + " with that secret");
        }
    }

    @Override
    public void create(Target target, Credential credential, AccountSpec spec) {
        throw new UnsupportedOperationException("access key pairs are imported or rotated, never created at "
                + "CreateSecret");
    }

    @Override
    public void remove(Target target, Credential credential) {
        throw new UnsupportedOperationException("access key pairs are imported, never created at CreateSecret");
    }

    /** Adds the new pair unless it is there already, then disables and deletes the pair it replaces. */
    @Override
    public void apply(Target target, Credential next, Optional<Credential> replaced) {
        AccessKeyPair pair = pair(next);
        if (!identities.userExists(target.account(), pair.account())) {
            throw new TargetFailure("the user " + pair.account() + " no longer exists");
        }
        Optional<StoredAccessKey> existing = accessKeys.find(pair.accessKeyId());
        if (existing.isEmpty()) {
            accessKeys.save(new StoredAccessKey(pair.accessKeyId(), target.account(), pair.account(), false, true,
                    masterKey.wrap(SecretValue.ofText(pair.accessKeySecret()),
                            MasterKeyCipher.accessKeyContext(pair.accessKeyId()))));
        } else if (tryLogin(target, pair) != Login.ACCEPTED) {
            throw new TargetFailure("the access key " + pair.accessKeyId() + " exists with another secret");
        }
        replaced.map(OwnAccessKeys::pair).filter(old -> !old.accessKeyId().equals(pair.accessKeyId()))
                .ifPresent(old -> retire(target, old));
    }

    private void retire(Target target, AccessKeyPair old) {
        accessKeys.find(old.accessKeyId()).filter(key -> owns(target, old.account(), key)).ifPresent(key -> {
            accessKeys.setEnabled(target.account(), key.accessKeyId(), false);
            accessKeys.delete(target.account(), key.accessKeyId());
        });
    }

    @Override
    public Login tryLogin(Target target, Credential credential) {
        AccessKeyPair pair = pair(credential);
        Optional<StoredAccessKey> key = accessKeys.find(pair.accessKeyId())
                .filter(k -> owns(target, pair.account(), k) && k.enabled());
        if (key.isEmpty()) {
            return Login.REJECTED;
        }
        SecretValue secret = masterKey.unwrap(key.get().wrappedSecret(),
                MasterKeyCipher.accessKeyContext(pair.accessKeyId()));
        return MessageDigest.isEqual(secret.asText().getBytes(StandardCharsets.UTF_8),
                pair.accessKeySecret().getBytes(StandardCharsets.UTF_8)) ? Login.ACCEPTED : Login.REJECTED;
    }

    private static boolean owns(Target target, String user, StoredAccessKey key) {
        return key.account().equals(target.account()) && key.principal().equals(user) && !key.root();
    }

    private static AccessKeyPair pair(Credential credential) {
        if (!(credential instanceof AccessKeyPair pair)) {
            throw new IllegalArgumentException("the service's users hold access key pairs");
        }
        return pair;
    }
}
