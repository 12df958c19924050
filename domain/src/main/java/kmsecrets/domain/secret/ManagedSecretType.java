package kmsecrets.domain.secret;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;

/**
 * A secret type whose credential lives in another system, which the service changes itself. Each version holds
 * one account as the flat object {@code {"AccountName","AccountPassword"}} that GetSecretValue returns. The core
 * asks the type where the accounts live, whether it creates them, and which account a rotation resets; a
 * {@code CredentialRotator} registered for the target's engine makes the change.
 */
public interface ManagedSecretType extends SecretType {
    @Override
    default boolean managed() {
        return true;
    }

    /** Engines (as registered database instances name them, e.g. "postgresql") this type can manage. */
    Set<String> engines();

    /** The registered instance the secret's (already checked) ExtendedConfig names. */
    String instanceId(ExtendedConfig config);

    /**
     * The privilege the service creates the accounts with, for types whose accounts the service creates
     * ({@code $Auto}); empty when the accounts are imported and must already exist on the instance.
     */
    Optional<String> createdAccountsPrivilege(ExtendedConfig config);

    /** The label whose account a rotation resets: ACSCurrent (one account) or ACSPrevious (two accounts). */
    StageLabel rotatedStage(ExtendedConfig config);

    /** The account a stored version holds. */
    default Credential credential(SecretValue value, Documents documents) {
        Object document = documents.parse(value.asText()).orElse(null);
        if (!(document instanceof Map<?, ?> map) || !(map.get("AccountName") instanceof String name)
                || !(map.get("AccountPassword") instanceof String password)) {
            throw new IllegalStateException("a stored version of a managed secret is not an account object");
        }
        return new Credential(name, password);
    }

    /** The stored (and returned) form of an account. */
    default SecretValue value(Credential credential, Documents documents) {
        Map<String, String> account = new LinkedHashMap<>();
        account.put("AccountName", credential.account());
        account.put("AccountPassword", credential.password());
        return SecretValue.ofText(documents.write(account));
    }

    /** Managed values are JSON text. */
    static void requireText(SecretDataType dataType, String typeName) {
        if (dataType != SecretDataType.TEXT) {
            throw new InvalidValue("SecretDataType", "must be text for " + typeName + " secrets");
        }
    }
}
