package kmsecrets.domain.secret.type;

import java.util.List;
import kmsecrets.domain.secret.SecretType;
import kmsecrets.domain.secret.SecretTypes;

/**
 * The one list of secret types the tests use, in the order the service registers them; a bootstrap test keeps it
 * equal to the service's catalogue, so a new type reaches every test that takes "all types" by one line here.
 */
public final class EveryType {
    private EveryType() {
    }

    public static List<SecretType> list() {
        return List.of(new GenericSecretType(), new RdsSecretType(), new RedisSecretType(), new PolarDbSecretType(),
                new RamCredentialsSecretType(), new EcsSecretType());
    }

    public static SecretTypes registry() {
        return new SecretTypes(list());
    }
}
