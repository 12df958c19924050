package kmsecrets.domain.key;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import kmsecrets.domain.account.AccountId;

/**
 * A customer master key (symmetric, AES-256-GCM). Its material is held only as wrapped by the master key;
 * it wraps the data keys of the secret versions sealed under it. The account's default key is created by the
 * service on first use.
 */
public record CustomerKey(String keyId, AccountId account, KeyState state, boolean accountDefault,
                          byte[] wrappedMaterial, Instant createdAt) {
    public CustomerKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(state, "state");
        wrappedMaterial = Objects.requireNonNull(wrappedMaterial, "wrappedMaterial").clone();
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public byte[] wrappedMaterial() {
        return wrappedMaterial.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerKey k && keyId.equals(k.keyId) && account.equals(k.account) && state == k.state
                && accountDefault == k.accountDefault && Arrays.equals(wrappedMaterial, k.wrappedMaterial)
                && createdAt.equals(k.createdAt);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode();
    }

    @Override
    public String toString() {
        return "CustomerKey[" + keyId + ", " + state + (accountDefault ? ", default" : "") + "]";
    }
}
