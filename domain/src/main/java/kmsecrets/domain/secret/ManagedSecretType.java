package kmsecrets.domain.secret;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kmsecrets.domain.error.InvalidValue;

/**
 * A secret type whose credential lives in another system, which the service changes itself. The type decides
 * everything about the secret (its name, config, versions, which version a rotation replaces); what it needs
 * from the outside world it names in {@link #need()}, and a {@code CredentialRotator} registered for one of those
 * engines does the work there. By default a version holds an account and its password as the flat object
 * {@code {"AccountName","AccountPassword"}}; types with other credentials override {@link #credential} and
 * {@link #value}.
 */
public interface ManagedSecretType extends SecretType {
    @Override
    default Capabilities capabilities() {
        return Capabilities.SERVICE_ROTATED;
    }

    /** What this type needs from the outside world; the start-up check finds an adapter for each of it. */
    Need need();

    /** The target the secret's (already checked) ExtendedConfig names: a registered instance or host, a user. */
    String targetId(ExtendedConfig config);

    /**
     * The engine this secret's target must run, when the secret chooses (PolarDB's DBType); empty when any of
     * {@link Need#engines()} will do.
     */
    default Optional<String> engine(ExtendedConfig config) {
        return Optional.empty();
    }

    /**
     * How the service creates the secret's accounts, for types whose accounts the service creates; empty when
     * the accounts are imported and must already exist on the target.
     */
    Optional<AccountSpec> createdAccounts(ExtendedConfig config);

    /**
     * The label whose version a rotation replaces: ACSCurrent (one account: its password is reset) or ACSPrevious
     * (two accounts, or two key pairs: that one is reset or replaced, then the labels move). When no version holds
     * it, the rotation replaces nothing and starts from ACSCurrent's account.
     */
    StageLabel rotatedStage(ExtendedConfig config);

    /** The kind of credential this secret's versions hold: by default an account and its password. */
    default Class<? extends Credential> credentialKind(ExtendedConfig config) {
        return AccountPassword.class;
    }

    /** The credential a stored version holds. */
    default Credential credential(SecretValue value, Documents documents) {
        Object document = documents.parse(value.asText()).orElse(null);
        if (!(document instanceof Map<?, ?> map) || !(map.get("AccountName") instanceof String name)
                || !(map.get("AccountPassword") instanceof String password)) {
            throw new IllegalStateException("a stored version of a managed secret is not an account object");
        }
        return new AccountPassword(name, password);
    }

    /** The stored (and returned) form of a credential. */
    default SecretValue value(Credential credential, Documents documents) {
        if (!(credential instanceof AccountPassword account)) {
            throw new IllegalArgumentException(name() + " secrets hold account passwords");
        }
        Map<String, String> object = new LinkedHashMap<>();
        object.put("AccountName", account.account());
        object.put("AccountPassword", account.password());
        return SecretValue.ofText(documents.write(object));
    }

    /** Managed values are JSON text. */
    static void requireText(SecretDataType dataType, String typeName) {
        if (dataType != SecretDataType.TEXT) {
            throw new InvalidValue("SecretDataType", "must be text for " + typeName + " secrets");
        }
    }

    /**
     * What a type needs from outside: a rotator for one of {@code engines} that handles every credential kind in
     * {@code kinds}; whether its target is registered by an operator (database instances, hosts) or is the
     * service's own (its users); whether the rotator must create accounts.
     */
    record Need(Set<String> engines, boolean registeredTarget, boolean createsAccounts,
                Set<Class<? extends Credential>> kinds) {
        public Need {
            engines = Set.copyOf(engines);
            kinds = Set.copyOf(kinds);
            if (engines.isEmpty() || kinds.isEmpty()) {
                throw new IllegalArgumentException("a managed type needs at least one engine and credential kind");
            }
        }

        /** Accounts with passwords. */
        public Need(Set<String> engines, boolean registeredTarget, boolean createsAccounts) {
            this(engines, registeredTarget, createsAccounts, Set.of(AccountPassword.class));
        }
    }
}
