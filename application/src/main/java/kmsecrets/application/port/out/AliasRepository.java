package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.AliasName;

/** Key aliases of an account. */
public interface AliasRepository {
    /** False when the name is taken. */
    boolean create(AccountId account, AliasName alias, String keyId, Instant at);

    /** False when there is no such alias. */
    boolean retarget(AccountId account, AliasName alias, String keyId);

    boolean delete(AccountId account, AliasName alias);

    Optional<String> keyOf(AccountId account, AliasName alias);

    /** Aliases by name, of one key when {@code keyId} is given. */
    List<Alias> list(AccountId account, Optional<String> keyId, long offset, int limit);

    long count(AccountId account, Optional<String> keyId);

    record Alias(AliasName name, String keyId) {
    }
}
