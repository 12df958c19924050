package kmsecrets.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyVersion;

/** Stores customer master keys (their material wrapped by the master key only). */
public interface KeyRepository {
    Optional<CustomerKey> find(AccountId account, String keyId);

    /** As {@link #find}, holding the key's row lock until the transaction ends. */
    Optional<CustomerKey> findForUpdate(AccountId account, String keyId);

    /** The account's default key, if it was created already (committed). */
    Optional<CustomerKey> findDefault(AccountId account);

    /** The account's default key; {@code newKey} is stored if there is none yet (once, even under races). */
    CustomerKey defaultKey(AccountId account, Supplier<CustomerKey> newKey);

    /** Stores a new key with its primary (first) version. */
    void insert(CustomerKey key);

    /** A version of one of the account's keys. */
    Optional<KeyVersion> findVersion(AccountId account, String keyVersionId);

    /** The key's versions, oldest first. */
    List<KeyVersion> versions(AccountId account, String keyId);

    /** Adds a version and makes the key point at its new primary (as {@code rotated} says). */
    void addVersion(CustomerKey rotated, KeyVersion version);

    /** Persists state, delete date, description and rotation policy. */
    void update(CustomerKey key);

    /**
     * Enabled keys whose automatic rotation is due, locked for this transaction; rows another node holds are skipped,
     * so every node may run the rotation job at once.
     */
    List<CustomerKey> lockDueForRotation(java.time.Instant now, int limit);

    /** The account's keys by creation time, default key included. */
    List<CustomerKey> list(AccountId account, long offset, int limit);

    long count(AccountId account);

    /** The key's tags, by tag key. */
    List<kmsecrets.domain.secret.Tag> tags(String keyId);

    /** Replaces the key's tags. */
    void saveTags(String keyId, List<kmsecrets.domain.secret.Tag> tags);

    /**
     * Destroys up to {@code limit} keys whose DeleteDate is not after {@code now}, each once even with several nodes:
     * their material is erased, their aliases and tags go, and they are never found again. Returns their ids.
     */
    List<String> destroyDue(java.time.Instant now, int limit);
}
