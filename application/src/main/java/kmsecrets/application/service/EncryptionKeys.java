package kmsecrets.application.service;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kmsecrets.application.port.out.Envelope;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.error.EncryptionKeyNotFound;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyVersion;
import kmsecrets.domain.key.KeyState;
import kmsecrets.domain.secret.SealedValue;

/** Finds the customer master key that seals or opens a secret version, creating the account default on first use. */
public final class EncryptionKeys {
    private final KeyRepository keys;
    private final Envelope envelope;
    private final IdGenerator ids;
    private final Clock clock;
    /**
     * The accounts' default keys: service-managed, never disabled or rotated away, so their identity and material
     * can be kept once read; saves a database round trip on every CreateSecret and GetSecretValue.
     */
    private final Map<AccountId, CustomerKey> defaults = new ConcurrentHashMap<>();

    private final KeyResolver resolver;

    /** {@code resolver} lets EncryptionKeyId name a key by alias or ARN as well as by id. */
    public EncryptionKeys(KeyRepository keys, Envelope envelope, IdGenerator ids, Clock clock, KeyResolver resolver) {
        this.resolver = resolver;
        this.keys = keys;
        this.envelope = envelope;
        this.ids = ids;
        this.clock = clock;
    }

    /** The key a new version is sealed under: the one named, or the account's default key. */
    CustomerKey forNewVersions(Caller caller, Optional<String> keyId) {
        if (keyId.isPresent()) {
            String id = resolver.keyId(caller, keyId.get());
            CustomerKey named = keys.find(caller.account(), id)
                    .orElseThrow(() -> new EncryptionKeyNotFound("The specified EncryptionKeyId is not found."));
            named.requireUsable();
            return named;
        }
        CustomerKey cached = defaults.get(caller.account());
        if (cached != null) {
            return cached;
        }
        Optional<CustomerKey> existing = keys.findDefault(caller.account());
        if (existing.isPresent()) {
            // only a committed key is kept: one created in this transaction could still roll back
            defaults.put(caller.account(), existing.get());
            return existing.get();
        }
        return keys.defaultKey(caller.account(), () -> {
            String id = ids.newKeyId();
            return new CustomerKey(id, caller.account(), KeyState.ENABLED, true, envelope.newKeyMaterial(id),
                    clock.instant());
        });
    }

    /** The key whose version sealed a stored value, if it may decrypt now; its absence would be a storage fault. */
    CustomerKey keyOf(Caller caller, SealedValue sealed) {
        CustomerKey key = forSecret(caller, sealed.keyId());
        key.requireUsable();
        return key;
    }

    /** The key version that sealed a stored value (the primary, or one the key rotated away from). */
    KeyVersion versionOf(Caller caller, CustomerKey key, SealedValue sealed) {
        if (key.primaryVersionId().equals(sealed.keyVersionId())) {
            return key.primary();
        }
        return keys.findVersion(caller.account(), sealed.keyVersionId())
                .orElseThrow(() -> new IllegalStateException("a stored value names a missing key version"));
    }

    /** A key a stored secret names; it is gone once destroyed at its DeleteDate (the secret cannot be read). */
    CustomerKey forSecret(Caller caller, String keyId) {
        CustomerKey byDefault = defaults.get(caller.account());
        if (byDefault != null && byDefault.keyId().equals(keyId)) {
            return byDefault;
        }
        CustomerKey key = keys.find(caller.account(), keyId)
                .orElseThrow(() -> new kmsecrets.domain.error.KeyNotFound("The key " + keyId + " that encrypts this "
                        + "secret was deleted."));
        if (key.accountDefault()) {
            defaults.put(caller.account(), key);
        }
        return key;
    }
}
