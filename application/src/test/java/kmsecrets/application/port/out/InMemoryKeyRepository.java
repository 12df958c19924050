package kmsecrets.application.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;

/** Test double: customer keys in a map. */
public final class InMemoryKeyRepository implements KeyRepository {
    private final Map<String, CustomerKey> keys = new ConcurrentHashMap<>();
    private final Map<String, kmsecrets.domain.key.KeyVersion> versions = new ConcurrentHashMap<>();

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

    @Override
    public Optional<kmsecrets.domain.key.KeyVersion> findVersion(AccountId account, String keyVersionId) {
        return Optional.ofNullable(versions.get(keyVersionId))
                .filter(v -> find(account, v.keyId()).isPresent())
                .or(() -> keys.values().stream().filter(k -> k.account().equals(account)
                        && k.primaryVersionId().equals(keyVersionId)).findFirst().map(CustomerKey::primary));
    }

    @Override
    public java.util.List<kmsecrets.domain.key.KeyVersion> versions(AccountId account, String keyId) {
        java.util.List<kmsecrets.domain.key.KeyVersion> all = new java.util.ArrayList<>();
        find(account, keyId).ifPresent(k -> {
            versions.values().stream().filter(v -> v.keyId().equals(keyId)).forEach(all::add);
            if (all.stream().noneMatch(v -> v.versionId().equals(k.primaryVersionId()))) {
                all.add(k.primary());
            }
        });
        all.sort(java.util.Comparator.comparing(kmsecrets.domain.key.KeyVersion::createdAt));
        return all;
    }

    @Override
    public void addVersion(CustomerKey rotated, kmsecrets.domain.key.KeyVersion version) {
        CustomerKey before = keys.get(rotated.keyId());
        versions.put(before.primaryVersionId(), before.primary());
        versions.put(version.versionId(), version);
        keys.put(rotated.keyId(), rotated);
    }

    @Override
    public java.util.List<CustomerKey> lockDueForRotation(java.time.Instant now, int limit) {
        return keys.values().stream().filter(k -> k.state() == kmsecrets.domain.key.KeyState.ENABLED)
                .filter(k -> k.rotation().next().filter(next -> !next.isAfter(now)).isPresent()).limit(limit).toList();
    }

    private final Map<String, java.util.List<kmsecrets.domain.secret.Tag>> tags = new ConcurrentHashMap<>();

    @Override
    public java.util.List<kmsecrets.domain.secret.Tag> tags(String keyId) {
        return tags.getOrDefault(keyId, java.util.List.of());
    }

    @Override
    public void saveTags(String keyId, java.util.List<kmsecrets.domain.secret.Tag> newTags) {
        tags.put(keyId, java.util.List.copyOf(newTags));
    }

    @Override
    public synchronized List<String> destroyDue(java.time.Instant now, int limit) {
        List<String> due = keys.values().stream().filter(k -> k.deleteDate().filter(d -> !d.isAfter(now)).isPresent())
                .sorted(java.util.Comparator.comparing(k -> k.deleteDate().orElseThrow())).limit(limit)
                .map(CustomerKey::keyId).toList();
        due.forEach(id -> {
            keys.remove(id);
            versions.values().removeIf(v -> v.keyId().equals(id));
        });
        return due;
    }
}
