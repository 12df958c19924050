package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import kmsecrets.application.port.out.MasterKeyStore.StoredKey;
import org.junit.jupiter.api.Test;

/** What every {@link MasterKeyStore} promises; the PostgreSQL adapter and the in-memory fake both pass it. */
public abstract class MasterKeyStoreContract {
    private static final String A = "00000000000000aa";
    private static final String B = "00000000000000bb";
    private static final String C = "00000000000000cc";

    /** An empty store. */
    protected abstract MasterKeyStore store();

    private static StoredKey original(String id) {
        return new StoredKey(id, new byte[] {1, 2}, Optional.empty(), Optional.empty(), true,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static StoredKey wrapped(String id, String by, int second) {
        return new StoredKey(id, new byte[] {3}, Optional.of(new byte[] {4, 5}), Optional.of(by), false,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(second));
    }

    @Test
    void keysComeBackOldestFirstAndAddingOneTwiceKeepsTheFirst() {
        MasterKeyStore store = store();
        store.add(original(A));
        store.add(wrapped(B, A, 10));
        store.add(new StoredKey(B, new byte[] {9}, Optional.empty(), Optional.empty(), false, Instant.EPOCH));
        assertThat(store.keys()).extracting(StoredKey::keyId).containsExactly(A, B);
        StoredKey b = store.keys().get(1);
        assertThat(b.check()).containsExactly(3);
        assertThat(b.wrappedMaterial()).hasValueSatisfying(m -> assertThat(m).containsExactly(4, 5));
        assertThat(b.wrappedBy()).contains(A);
        assertThat(store.keys().get(0).original()).isTrue();
        assertThat(b.original()).isFalse();
    }

    @Test
    void thePrimaryIsSetOnceThenOnlyFromTheExpectedValue() {
        MasterKeyStore store = store();
        store.add(original(A));
        store.add(wrapped(B, A, 10));
        assertThat(store.primary()).isEmpty();
        assertThat(store.setPrimary(Optional.empty(), A)).isTrue();
        assertThat(store.setPrimary(Optional.empty(), B)).isFalse();
        assertThat(store.primary()).contains(A);
        assertThat(store.setPrimary(Optional.of(B), B)).isFalse();
        assertThat(store.setPrimary(Optional.of(A), B)).isTrue();
        assertThat(store.primary()).contains(B);
    }

    @Test
    void removingAKeyForgetsItAndTheCopiesWrappedUnderIt() {
        MasterKeyStore store = store();
        store.add(original(A));
        store.add(wrapped(B, A, 10));
        store.add(wrapped(C, B, 20));
        store.remove(A);
        assertThat(store.keys()).extracting(StoredKey::keyId).containsExactly(B, C);
        assertThat(store.keys().get(0).wrappedMaterial()).isEmpty();
        assertThat(store.keys().get(0).wrappedBy()).isEmpty();
        assertThat(store.keys().get(1).wrappedBy()).contains(B);
    }
}
