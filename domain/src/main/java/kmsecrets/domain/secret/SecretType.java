package kmsecrets.domain.secret;

import java.util.List;
import java.util.Optional;
import kmsecrets.domain.error.InvalidValue;

/**
 * One kind of secret: the names, ExtendedConfig and values it accepts, what callers may do with its versions, and
 * whether the service rotates it (then it is a {@link ManagedSecretType}).
 */
public interface SecretType {
    /** Wire name ("Generic", "Rds"), matched case-sensitively on input. */
    String name();

    /** What callers may do with this type's secrets. */
    Capabilities capabilities();

    /** True when the service makes the versions by changing a credential somewhere (Alibaba's "managed"). */
    default boolean managed() {
        return capabilities().rotatedByService();
    }

    /**
     * The name a new secret takes, from the SecretName of the request and the (already checked) ExtendedConfig.
     * By default the name as given, refusing the {@code acs/} prefix, which service-named types own
     * ({@code acs/ram/user/...}); those override this, e.g. to turn {@code $Auto} into a name.
     */
    default SecretName nameFor(String requested, Optional<ExtendedConfig> config) {
        SecretName name = new SecretName(requested);
        if (name.startsWith("acs/")) {
            throw new InvalidValue("SecretName", "the prefix acs/ is reserved");
        }
        return name;
    }

    /** Checks and keeps the ExtendedConfig given at creation; empty when the type has none. */
    Optional<ExtendedConfig> readConfig(Optional<ExtendedConfig> given);

    /**
     * Checks SecretData and returns the values of the versions a new secret starts with: the first becomes
     * ACSCurrent, a second (dual-account types) ACSPrevious. Types that generate credentials ({@code $Auto})
     * draw them from {@code fresh}, which follows the target's policy.
     */
    List<SecretValue> initialValues(SecretValue data, SecretDataType dataType, Optional<ExtendedConfig> config,
                                    Documents documents, NewCredentials fresh);
}
