package kmsecrets.application.port.out;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;

/** Test double: customer keys in a map. */
public final class InMemoryKeyRepository implements KeyRepository {
    private final Map<String, CustomerKey> keys = new ConcurrentHashMap<>();

    public void add(CustomerKey key) {
        keys.put(key.keyId(), key);
    }

    public int size() {
        return keys.size();
    }

    @Override
    public Optional<CustomerKey> find(AccountId account, String keyId) {
        return Optional.ofNullable(keys.get(keyId)).filter(k -> k.account().equals(account));
    }

    @Override
    public Optional<CustomerKey> findDefault(AccountId account) {
        return keys.values().stream().filter(k -> k.account().equals(account) && k.accountDefault()).findFirst();
    }

    @Override
    public synchronized CustomerKey defaultKey(AccountId account, Supplier<CustomerKey> newKey) {
        return keys.values().stream().filter(k -> k.account().equals(account) && k.accountDefault()).findFirst()
                .orElseGet(() -> {
                    CustomerKey key = newKey.get();
                    keys.put(key.keyId(), key);
                    return key;
                });
    }

    @Override
    public Optional<CustomerKey> findForUpdate(AccountId account, String keyId) {
        return find(account, keyId);
    }

    @Override
    public void insert(CustomerKey key) {
        keys.put(key.keyId(), key);
    }

    @Override
    public void update(CustomerKey key) {
        keys.put(key.keyId(), key);
    }

    @Override
    public java.util.List<CustomerKey> list(AccountId account, long offset, int limit) {
        return keys.values().stream().filter(k -> k.account().equals(account))
                .sorted(java.util.Comparator.comparing(CustomerKey::createdAt).thenComparing(CustomerKey::keyId))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public long count(AccountId account) {
        return keys.values().stream().filter(k -> k.account().equals(account)).count();
    }
}
