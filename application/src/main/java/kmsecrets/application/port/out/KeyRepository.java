package kmsecrets.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;

/** Stores customer master keys (their material wrapped by the master key only). */
public interface KeyRepository {
    Optional<CustomerKey> find(AccountId account, String keyId);

    /** As {@link #find}, holding the key's row lock until the transaction ends. */
    Optional<CustomerKey> findForUpdate(AccountId account, String keyId);

    /** The account's default key, if it was created already (committed). */
    Optional<CustomerKey> findDefault(AccountId account);

    /** The account's default key; {@code newKey} is stored if there is none yet (once, even under races). */
    CustomerKey defaultKey(AccountId account, Supplier<CustomerKey> newKey);

    void insert(CustomerKey key);

    /** Persists state, delete date and description. */
    void update(CustomerKey key);

    /** The account's keys by creation time, default key included. */
    List<CustomerKey> list(AccountId account, long offset, int limit);

    long count(AccountId account);
}
