package kmsecrets.application.port.out;

import java.util.Optional;
import java.util.function.Supplier;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;

/** Stores customer master keys (their material wrapped by the master key only). */
public interface KeyRepository {
    Optional<CustomerKey> find(AccountId account, String keyId);

    /** The account's default key, if it was created already (committed). */
    Optional<CustomerKey> findDefault(AccountId account);

    /** The account's default key; {@code newKey} is stored if there is none yet (once, even under races). */
    CustomerKey defaultKey(AccountId account, Supplier<CustomerKey> newKey);
}
