package kmsecrets.bootstrap.wiring;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import kmsecrets.adapter.crypto.SecureRandomIds;
import kmsecrets.adapter.crypto.SecureRandomNumbers;
import kmsecrets.adapter.database.MysqlAccounts;
import kmsecrets.adapter.database.PostgresAccounts;
import kmsecrets.adapter.database.RedisAccounts;
import kmsecrets.adapter.persistence.JdbiAccessKeyRepository;
import kmsecrets.adapter.persistence.JdbiDatabaseInstanceRepository;
import kmsecrets.adapter.persistence.JdbiIdentityRepository;
import kmsecrets.adapter.persistence.JdbiSession;
import kmsecrets.adapter.persistence.OwnAccessKeys;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.application.service.ManagedTargets;
import kmsecrets.domain.secret.SecretType;
import kmsecrets.adapter.ssh.SshLogins;
import kmsecrets.domain.secret.type.EcsSecretType;
import kmsecrets.domain.secret.type.GenericSecretType;
import kmsecrets.domain.secret.type.PolarDbSecretType;
import kmsecrets.domain.secret.type.RamCredentialsSecretType;
import kmsecrets.domain.secret.type.RdsSecretType;
import kmsecrets.domain.secret.type.RedisSecretType;

/**
 * The secret types this build serves and the credential rotators for the engines the managed ones need. Adding a
 * type is one line in {@link #types()} (and, for a new engine, one in {@link #rotators}); the service refuses to
 * start when a managed type needs what no rotator serves ({@link ManagedTargets#unmetNeeds}).
 */
public final class SecretTypeCatalog {
    private SecretTypeCatalog() {
    }

    public static List<SecretType> types() {
        return List.of(new GenericSecretType(), new RdsSecretType(), new RedisSecretType(),
                new PolarDbSecretType(), new RamCredentialsSecretType(), new EcsSecretType());
    }

    /** One rotator per engine: database servers, Linux hosts, and the service's own users. */
    public static List<CredentialRotator> rotators(JdbiSession session, MasterKeyCipher wrapping, SecureRandom random,
                                                   Clock clock) {
        return List.of(new PostgresAccounts(), new MysqlAccounts(), new RedisAccounts(), new SshLogins(random),
                new OwnAccessKeys(new JdbiAccessKeyRepository(session), new JdbiIdentityRepository(session), wrapping,
                        new SecureRandomIds(random), clock));
    }

    /** The managed types bound to their rotators and to the registered targets. */
    public static ManagedTargets targets(JdbiSession session, MasterKeyCipher wrapping, SecureRandom random,
                                         Clock clock) {
        return new ManagedTargets(new JdbiDatabaseInstanceRepository(session), rotators(session, wrapping, random,
                clock), wrapping, new SecureRandomNumbers(random), types());
    }
}
