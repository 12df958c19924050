package kmsecrets.domain.secret;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;

/** One kind of secret: the names, ExtendedConfig and values it accepts, and whether the service rotates it. */
public interface SecretType {
    /** Wire name ("Generic", "Rds"); also the key its CredentialRotator is registered under. */
    String name();

    /** True when rotating means the service itself changes a credential somewhere. */
    boolean managed();

    /**
     * Refuses names this type may not use. Generic and database secrets may not take the {@code acs/} prefix, which
     * the service-named types (RAM credentials, ECS) own; those override this.
     */
    default void checkName(SecretName name) {
        if (name.startsWith("acs/")) {
            throw new InvalidValue("SecretName", "the prefix acs/ is reserved");
        }
    }

    /** Checks and keeps the ExtendedConfig given at creation; empty when the type has none. */
    Optional<ExtendedConfig> readConfig(Optional<ExtendedConfig> given);

    /**
     * Checks SecretData and returns the values of the versions a new secret starts with: the first becomes
     * ACSCurrent, a second (dual-account types) ACSPrevious. Types that generate credentials ({@code $Auto})
     * draw them from {@code newPassword}, which follows the target's password policy.
     */
    List<SecretValue> initialValues(SecretValue data, SecretDataType dataType, Optional<ExtendedConfig> config,
                                    Documents documents, Supplier<String> newPassword);
}
