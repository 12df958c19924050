package kmsecrets.application.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.application.port.out.DatabaseInstanceRepository;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.application.port.out.RandomNumbers;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.error.DatabaseInstanceNotFound;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.ManagedSecretType;
import kmsecrets.domain.secret.PasswordPolicy;
import kmsecrets.domain.secret.SecretType;
import kmsecrets.domain.secret.SecretValue;

/**
 * Where a managed secret's credential lives and what changes it: the target its ExtendedConfig names (a
 * registered instance or host, with its administrator secret unwrapped from the master key, or the service's own
 * users) and the rotator for that target's engine, with passwords drawn under the target's policy from the secure
 * random source.
 */
public final class ManagedTargets {
    private final DatabaseInstanceRepository instances;
    private final Map<String, CredentialRotator> rotators = new LinkedHashMap<>();
    private final MasterKeyCipher masterKey;
    private final RandomNumbers random;

    /** Fails when a managed type needs what none of {@code rotatorList} serves ({@link #unmetNeeds}). */
    public ManagedTargets(DatabaseInstanceRepository instances, List<CredentialRotator> rotatorList,
                          MasterKeyCipher masterKey, RandomNumbers random, List<SecretType> types) {
        this.instances = instances;
        this.masterKey = masterKey;
        this.random = random;
        for (CredentialRotator rotator : rotatorList) {
            if (rotators.putIfAbsent(rotator.engine(), rotator) != null) {
                throw new IllegalArgumentException("two rotators for engine " + rotator.engine());
            }
        }
        List<String> unmet = unmetNeeds(types, rotatorList);
        if (!unmet.isEmpty()) {
            throw new IllegalStateException(String.join("; ", unmet));
        }
    }

    /**
     * What the registered types need that the registered rotators do not serve, one sentence each: an engine
     * without a rotator, or a type that creates accounts on an engine whose rotator cannot. Empty when the catalog
     * is complete; the start-up check and the catalog test both ask this.
     */
    public static List<String> unmetNeeds(List<SecretType> types, List<CredentialRotator> rotatorList) {
        Map<String, CredentialRotator> byEngine = new LinkedHashMap<>();
        rotatorList.forEach(r -> byEngine.putIfAbsent(r.engine(), r));
        List<String> unmet = new ArrayList<>();
        for (SecretType type : types) {
            if (type instanceof ManagedSecretType managed) {
                for (String engine : managed.need().engines().stream().sorted().toList()) {
                    CredentialRotator rotator = byEngine.get(engine);
                    if (rotator == null) {
                        unmet.add("secret type " + type.name() + " manages " + engine + " credentials, but no "
                                + "credential rotator for " + engine + " is wired");
                    } else if (!rotator.credentialKinds().containsAll(managed.need().kinds())) {
                        unmet.add("secret type " + type.name() + " holds " + managed.need().kinds().stream()
                                .map(Class::getSimpleName).sorted().toList() + " credentials, but the " + engine
                                + " rotator handles " + rotator.credentialKinds().stream().map(Class::getSimpleName)
                                .sorted().toList());
                    } else if (managed.need().createsAccounts() && !rotator.createsAccounts()) {
                        unmet.add("secret type " + type.name() + " creates " + engine + " accounts, but the " + engine
                                + " rotator cannot create accounts");
                    }
                }
            } else if (type.managed()) {
                unmet.add("secret type " + type.name() + " is rotated by the service but is not a ManagedSecretType");
            }
        }
        return unmet;
    }

    /**
     * The target of a managed secret of {@code account}: Forbidden.ResourceNotFound when its instance is not
     * registered, InvalidParameter when it runs an engine the type (or this secret's config) does not manage.
     */
    public Bound bind(AccountId account, ManagedSecretType type, ExtendedConfig config) {
        String id = type.targetId(config);
        if (!type.need().registeredTarget()) {
            String engine = type.need().engines().iterator().next();
            return new Bound(new Target(account, id, Optional.empty(), SecretValue.ofText("")), rotator(engine),
                    DatabaseInstance.policy(32, DatabaseInstance.DEFAULT_EXCLUDED));
        }
        DatabaseInstanceRepository.Registered registered = instances.find(id).orElseThrow(() ->
                new DatabaseInstanceNotFound("The database instance " + id + " is not registered."));
        String engine = registered.instance().engine();
        Optional<String> chosen = type.engine(config);
        if (!type.need().engines().contains(engine) || chosen.filter(e -> !e.equals(engine)).isPresent()) {
            throw new InvalidValue("ExtendedConfig", "the instance " + id + " runs " + engine + "; this "
                    + type.name() + " secret manages " + chosen.orElseGet(() ->
                    String.join(" or ", type.need().engines().stream().sorted().toList())));
        }
        return new Bound(new Target(account, id, Optional.of(registered.instance()),
                masterKey.unwrap(registered.wrappedAdminPassword(), MasterKeyCipher.dbInstanceContext(id))),
                rotator(engine), registered.instance().passwords());
    }

    CredentialRotator rotator(String engine) {
        CredentialRotator rotator = rotators.get(engine);
        if (rotator == null) {
            throw new InvalidValue("engine", "not an engine served here (" + String.join(", ", rotators.keySet()) + ")");
        }
        return rotator;
    }

    /** A bound target: where, with which rotator, and new credentials under the target's policy. */
    public final class Bound {
        private final Target target;
        private final CredentialRotator rotator;
        private final PasswordPolicy passwords;

        Bound(Target target, CredentialRotator rotator, PasswordPolicy passwords) {
            this.target = target;
            this.rotator = rotator;
            this.passwords = passwords;
        }

        public Target target() {
            return target;
        }

        public CredentialRotator rotator() {
            return rotator;
        }

        /** A new credential of that kind for {@code account}, not yet applied anywhere. */
        public Credential next(String account, Class<? extends Credential> kind) {
            return rotator.next(target, account, kind, () -> passwords.generate(random::below).asText());
        }
    }
}
