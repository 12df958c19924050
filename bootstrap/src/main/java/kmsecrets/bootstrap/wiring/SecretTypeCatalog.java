package kmsecrets.bootstrap.wiring;

import java.security.SecureRandom;
import kmsecrets.adapter.crypto.SecureRandomNumbers;
import kmsecrets.application.port.out.DatabaseInstanceRepository;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.application.service.ManagedTargets;
import java.util.List;
import kmsecrets.adapter.database.MysqlAccounts;
import kmsecrets.adapter.database.PostgresAccounts;
import kmsecrets.adapter.database.RedisAccounts;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.domain.secret.type.GenericSecretType;
import kmsecrets.domain.secret.type.RdsSecretType;
import kmsecrets.domain.secret.type.RedisSecretType;
import kmsecrets.domain.secret.SecretType;

/**
 * The secret types this build serves and the credential rotators for the engines the managed ones name. Adding a
 * type is one line in each list; the service refuses to start when a managed type names an engine without a
 * rotator.
 */
public final class SecretTypeCatalog {
    private SecretTypeCatalog() {
    }

    public static List<SecretType> types() {
        return List.of(new GenericSecretType(), new RdsSecretType(), new RedisSecretType());
    }

    public static List<CredentialRotator> rotators() {
        return List.of(new PostgresAccounts(), new MysqlAccounts(), new RedisAccounts());
    }

    /** The managed types bound to their rotators and to the registered database instances. */
    public static ManagedTargets targets(DatabaseInstanceRepository instances, MasterKeyCipher wrapping,
                                         SecureRandom random) {
        return new ManagedTargets(instances, rotators(), wrapping, new SecureRandomNumbers(random), types());
    }
}
