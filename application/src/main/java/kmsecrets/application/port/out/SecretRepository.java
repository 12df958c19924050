package kmsecrets.application.port.out;

import java.util.Optional;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretName;

/**
 * Stores secrets with their versions, labels and tags. Writes run inside {@link Transactions}; a name taken
 * concurrently surfaces as {@code SecretAlreadyExists}, never as a storage exception.
 */
public interface SecretRepository {
    Optional<Secret> find(AccountId account, SecretName name);

    /** As {@link #find}, and holds the secret's row lock until the transaction ends. */
    Optional<Secret> findForUpdate(AccountId account, SecretName name);

    void insert(Secret secret);

    /** Persists a change of deletion state (scheduled, restored). */
    void saveDeletionState(Secret secret);

    /** Removes the secret and everything it owns, at once and for good. */
    void delete(AccountId account, SecretName name);

    /** Secrets of the account, live and pending deletion. */
    long count(AccountId account);
}
