package kmsecrets.application.port.out;

import java.util.Optional;
import kmsecrets.domain.account.AccountId;

/** Stores access keys; the secret only as wrapped by the master key. */
public interface AccessKeyRepository {
    Optional<StoredAccessKey> find(String accessKeyId);

    Optional<StoredAccessKey> findRoot(AccountId account);

    /** Inserts the key, or replaces the wrapped secret of an existing key with that id. */
    void save(StoredAccessKey key);

    record StoredAccessKey(String accessKeyId, AccountId account, String principal, boolean root, boolean enabled,
                           byte[] wrappedSecret) {
    }
}
