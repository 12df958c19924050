package kmsecrets.application.port.out;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link MasterKeyStore} in memory, for tests of the master key ring; passes {@link MasterKeyStoreContract}. */
public final class InMemoryMasterKeyStore implements MasterKeyStore {
    private final Map<String, StoredKey> keys = new LinkedHashMap<>();
    private String primary;

    @Override
    public synchronized List<StoredKey> keys() {
        List<StoredKey> all = new ArrayList<>(keys.values());
        all.sort(Comparator.comparing(StoredKey::addedAt).thenComparing(StoredKey::keyId));
        return List.copyOf(all);
    }

    @Override
    public synchronized void add(StoredKey key) {
        keys.putIfAbsent(key.keyId(), key);
    }

    @Override
    public synchronized Optional<String> primary() {
        return Optional.ofNullable(primary);
    }

    @Override
    public synchronized boolean setPrimary(Optional<String> expected, String keyId) {
        if (!Optional.ofNullable(primary).equals(expected)) {
            return false;
        }
        primary = keyId;
        return true;
    }

    @Override
    public synchronized void remove(String keyId) {
        keys.remove(keyId);
        keys.replaceAll((id, k) -> k.wrappedBy().equals(Optional.of(keyId))
                ? new StoredKey(k.keyId(), k.check(), Optional.empty(), Optional.empty(), k.original(), k.addedAt())
                : k);
    }
}
