package kmsecrets.domain.secret.type;

import java.util.List;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.Documents;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.ManagedSecretType;
import kmsecrets.domain.secret.NewCredentials;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretValue;

/**
 * What the types whose two accounts the service creates share (Redis, PolarDB): {@code SecretData=$Auto}, the
 * clone named {@code AccountName_clone}, and first versions holding both accounts with one generated password
 * (as Alibaba's service creates them): {@code AccountName} for ACSCurrent, the clone for ACSPrevious.
 */
final class GeneratedDoubleUsers {
    static final String AUTO = "$Auto";

    private GeneratedDoubleUsers() {
    }

    /** The CloneAccountName the config gives, which must be {@code account + "_clone"}. */
    static String cloneOf(ExtendedConfig config, String account) {
        String clone = config.text("CloneAccountName");
        if (!clone.equals(account + "_clone")) {
            throw new InvalidValue("ExtendedConfig", "CloneAccountName must be AccountName followed by _clone");
        }
        return clone;
    }

    static List<SecretValue> initialValues(ManagedSecretType type, SecretValue data, SecretDataType dataType,
                                           String account, String clone, Documents documents, NewCredentials fresh) {
        ManagedSecretType.requireText(dataType, type.name());
        if (!AUTO.equals(data.asText())) {
            throw new InvalidValue("SecretData", "must be $Auto for " + type.name() + " secrets: the service "
                    + "generates the password");
        }
        AccountPassword first = (AccountPassword) fresh.forAccount(account);
        return List.of(type.value(first, documents),
                type.value(new AccountPassword(clone, first.password()), documents));
    }
}
