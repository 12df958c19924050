package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretFilter;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretSummary;

/**
 * Stores secrets with their versions, labels and tags. Writes run inside {@link Transactions}; a name taken
 * concurrently surfaces as {@code SecretAlreadyExists}, never as a storage exception.
 */
public interface SecretRepository {
    Optional<Secret> find(AccountId account, SecretName name);

    /**
     * As {@link #find}, and holds the secret's row lock until the transaction ends. The state returned is read after
     * the lock was granted, so it includes everything the previous holder committed (versions, labels, tags).
     */
    Optional<Secret> findForUpdate(AccountId account, SecretName name);

    /**
     * Stores a new secret unless its account already holds {@code quota} secrets ({@code QuotaExceeded}). A name
     * already taken fails with {@code SecretAlreadyExists}, or with {@code SecretInDeletionWindow} when its holder is
     * pending deletion (the name stays reserved until the purge). Concurrent inserts may overshoot the quota by at
     * most their number.
     */
    void insert(Secret secret, long quota);

    /**
     * Persists every change of a secret loaded with {@link #findForUpdate} in this transaction: metadata, tags,
     * deletion state, labels, added versions and purged versions. Refused with {@link ConcurrentUpdate}, changing
     * nothing, when the stored secret has moved past the revision it was read at (a second line of defence: under
     * the row lock it cannot happen). One update per load: the stored revision moves on with it.
     */
    void update(Secret secret);

    /** Removes the secret and everything it owns, at once and for good. */
    void delete(AccountId account, SecretName name);

    /** Secrets of the account, live and pending deletion. */
    long count(AccountId account);

    /** Secrets matching every filter, by creation time then name; metadata and tags only. */
    List<SecretSummary> list(AccountId account, List<SecretFilter> filters, long offset, int limit);

    long countMatching(AccountId account, List<SecretFilter> filters);

    /** The named secrets that exist, metadata and tags only. */
    List<SecretSummary> summaries(AccountId account, Collection<SecretName> names);

    /**
     * Deletes up to {@code limit} secrets whose planned deletion time is not after {@code now}, skipping rows another
     * node holds, and returns what it deleted. Safe to run on every node at once.
     */
    List<PurgedSecret> purgeDue(Instant now, int limit);

    record PurgedSecret(AccountId account, SecretName name) {
    }
}
