package kmsecrets.application.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.application.port.out.DatabaseInstanceRepository;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.application.port.out.RandomNumbers;
import kmsecrets.domain.error.DatabaseInstanceNotFound;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.ManagedSecretType;
import kmsecrets.domain.secret.SecretType;

/**
 * Where a managed secret's accounts live: the registered instance its ExtendedConfig names, its administrator
 * password (unwrapped from the master key) and the rotator for its engine, with passwords drawn under the
 * instance's policy from the secure random source.
 */
public final class ManagedTargets {
    private final DatabaseInstanceRepository instances;
    private final Map<String, CredentialRotator> rotators = new LinkedHashMap<>();
    private final MasterKeyCipher masterKey;
    private final RandomNumbers random;

    /** Fails when a managed type names an engine that none of {@code rotatorList} serves. */
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
        for (SecretType type : types) {
            if (type instanceof ManagedSecretType managed) {
                for (String engine : managed.engines()) {
                    if (!rotators.containsKey(engine)) {
                        throw new IllegalStateException("secret type " + type.name() + " manages " + engine
                                + " accounts, but no credential rotator for " + engine + " is wired");
                    }
                }
            }
        }
    }

    /** The target of a managed secret; Forbidden.ResourceNotFound when its instance is not registered. */
    public Bound bind(ManagedSecretType type, ExtendedConfig config) {
        String id = type.instanceId(config);
        DatabaseInstanceRepository.Registered registered = instances.find(id).orElseThrow(() ->
                new DatabaseInstanceNotFound("The database instance " + id + " is not registered."));
        String engine = registered.instance().engine();
        if (!type.engines().contains(engine)) {
            throw new InvalidValue("ExtendedConfig", "the instance " + id + " runs " + engine + "; " + type.name()
                    + " secrets manage " + String.join(" or ", type.engines().stream().sorted().toList()));
        }
        return new Bound(new Target(registered.instance(), masterKey.unwrap(registered.wrappedAdminPassword(),
                MasterKeyCipher.dbInstanceContext(id))), rotator(engine));
    }

    CredentialRotator rotator(String engine) {
        CredentialRotator rotator = rotators.get(engine);
        if (rotator == null) {
            throw new InvalidValue("engine", "not an engine served here (" + String.join(", ", rotators.keySet()) + ")");
        }
        return rotator;
    }


    /** A bound target: where, with which rotator, and new passwords under the instance's policy. */
    public final class Bound {
        private final Target target;
        private final CredentialRotator rotator;

        Bound(Target target, CredentialRotator rotator) {
            this.target = target;
            this.rotator = rotator;
        }

        public Target target() {
            return target;
        }

        public CredentialRotator rotator() {
            return rotator;
        }

        public String newPassword() {
            return target.instance().passwords().generate(random::below).asText();
        }
    }
}
