package kmsecrets.application.port.out;

import java.util.List;
import java.util.Optional;
import kmsecrets.domain.account.AccountId;

/** Stores access keys; the secret only as wrapped by the master key. */
public interface AccessKeyRepository {
    Optional<StoredAccessKey> find(String accessKeyId);

    Optional<StoredAccessKey> findRoot(AccountId account);

    /** Inserts the key, or replaces the wrapped secret of an existing key with that id. */
    void save(StoredAccessKey key);

    /** The account's access keys (secrets still wrapped), optionally of one principal only. */
    List<StoredAccessKey> list(AccountId account, Optional<String> principal);

    /** False when the account has no such key. */
    boolean setEnabled(AccountId account, String accessKeyId, boolean enabled);

    /** False when the account has no such key. */
    boolean delete(AccountId account, String accessKeyId);

    record StoredAccessKey(String accessKeyId, AccountId account, String principal, boolean root, boolean enabled,
                           byte[] wrappedSecret) {
        @Override
        public String toString() {
            return "StoredAccessKey[" + accessKeyId + ", " + principal + (enabled ? "" : ", disabled") + "]";
        }
    }
}
