package kmsecrets.application.service;

import java.util.function.UnaryOperator;
import kmsecrets.application.port.in.KeyMetadata;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Arns;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.KeyNotFound;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyVersion;

/**
 * What every key use case does first: resolve the KeyId parameter, authorize the action on the key, load it. State
 * changes happen under the key's row lock; the domain ({@link CustomerKey}) decides which are allowed.
 */
public final class KeyAccess {
    private final KeyRepository keys;
    private final KeyResolver resolver;
    private final Authorization authorization;
    private final ServiceSettings settings;
    private final Transactions transactions;

    public KeyAccess(KeyRepository keys, KeyResolver resolver, Authorization authorization, ServiceSettings settings,
                     Transactions transactions) {
        this.keys = keys;
        this.resolver = resolver;
        this.authorization = authorization;
        this.settings = settings;
        this.transactions = transactions;
    }

    Arns arns(Caller caller) {
        return new Arns(settings.region(), caller.account());
    }

    /** The key id a KeyId parameter (id, alias or ARN) names, once {@code action} is allowed on it. */
    String authorize(Caller caller, String keyIdOrArn, String action) {
        String keyId = resolver.keyId(caller, keyIdOrArn);
        authorization.check(caller, action, arns(caller).key(keyId));
        return keyId;
    }

    /** Authorizes {@code action} on a key named by its id only (no alias, no ARN). */
    void authorizeById(Caller caller, String keyId, String action) {
        authorization.check(caller, action, arns(caller).key(keyId));
    }

    /** CreateKey and ListKeys: the action on the account's key container. */
    void authorizeContainer(Caller caller, String action) {
        authorization.check(caller, action, arns(caller).keyContainer());
    }

    CustomerKey find(Caller caller, String keyId) {
        return keys.find(caller.account(), keyId).orElseThrow(KeyAccess::notFound);
    }

    /** The key, after authorizing {@code action} on it, if it is Enabled: what every cryptographic call needs. */
    CustomerKey usable(Caller caller, String keyIdOrArn, String action) {
        CustomerKey key = find(caller, authorize(caller, keyIdOrArn, action));
        key.requireUsable();
        return key;
    }

    /** The key version a ciphertext names. */
    KeyVersion versionOf(Caller caller, String keyVersionId) {
        return keys.findVersion(caller.account(), keyVersionId)
                .orElseThrow(() -> new KeyNotFound("The key that made this ciphertext is not found."));
    }

    /** Authorizes {@code action}, then applies the domain transition to the locked key and stores the result. */
    CustomerKey change(Caller caller, String keyId, String action, UnaryOperator<CustomerKey> transition) {
        authorizeById(caller, keyId, action);
        return transactions.inTransaction(() -> {
            CustomerKey changed = transition.apply(keys.findForUpdate(caller.account(), keyId)
                    .orElseThrow(KeyAccess::notFound));
            keys.update(changed);
            return changed;
        });
    }

    KeyMetadata metadata(Caller caller, CustomerKey key) {
        return new KeyMetadata(key.keyId(), arns(caller).key(key.keyId()), key.state().wireName(), key.description(),
                key.account().value(), key.accountDefault(), key.createdAt(), key.deleteDate(), key.primaryVersionId(),
                key.lastRotation(), key.automaticRotation(), key.rotation().interval(), key.rotation().next());
    }

    static KeyNotFound notFound() {
        return new KeyNotFound("The specified key is not found.");
    }
}
