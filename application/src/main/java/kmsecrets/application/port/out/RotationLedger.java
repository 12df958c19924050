package kmsecrets.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.VersionId;

/**
 * Rotations in flight and the bookkeeping around them, stored with the secrets. An intent is written (and
 * committed) before the external change: it holds the new credential, sealed for the version it will become, so
 * that a rotation interrupted by a crash can be completed or rolled back by any node once its lease has run out.
 */
public interface RotationLedger {
    /** Records the intent in the running transaction; the caller holds the secret's row lock. */
    void begin(Intent intent);

    Optional<Intent> find(AccountId account, SecretName name);

    /** Removes the intent (completed or rolled back), in the running transaction. */
    void end(AccountId account, SecretName name);

    /** Leaves the intent for a later attempt, not before {@code leaseUntil}. */
    void postpone(AccountId account, SecretName name, Instant leaseUntil);

    /**
     * Claims up to {@code limit} intents whose lease ran out by {@code now}, extending their lease to
     * {@code leaseUntil}; rows another node holds are skipped. Safe on every node at once.
     */
    List<Intent> claimExpired(Instant now, Instant leaseUntil, int limit);

    /** Secrets whose automatic rotation is due by {@code now}, not pending deletion, with no intent. */
    List<SecretRef> due(Instant now, int limit);

    /**
     * Counts a RotateSecret call of the account unless it made {@code hourlyLimit} in the hour before {@code now};
     * false when over the limit. Serialized per account across nodes.
     */
    boolean countCall(AccountId account, Instant now, int hourlyLimit);

    /**
     * A change in flight: a rotation ({@code versionId}: the version it makes, sealed) or the creation of a
     * secret's accounts ({@code versionId}: its first version). {@code automatic}: started by the scheduler, whose
     * failures count towards Invalid.
     */
    record Intent(AccountId account, SecretName name, VersionId versionId, SealedValue sealed, boolean automatic,
                  Instant startedAt, Instant leaseUntil, Purpose purpose) {
        public Intent(AccountId account, SecretName name, VersionId versionId, SealedValue sealed, boolean automatic,
                      Instant startedAt, Instant leaseUntil) {
            this(account, name, versionId, sealed, automatic, startedAt, leaseUntil, Purpose.ROTATE);
        }

        /** The same intent leased until {@code until}. */
        public Intent withLease(Instant until) {
            return new Intent(account, name, versionId, sealed, automatic, startedAt, until, purpose);
        }
    }

    /** What an intent finishes: a rotation, or the creation of the accounts of a new secret. */
    enum Purpose { ROTATE, CREATE }

    record SecretRef(AccountId account, SecretName name) {
    }
}
