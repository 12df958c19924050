package kmsecrets.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.application.port.out.CredentialRotator.TargetFailure;
import kmsecrets.application.port.out.RotationLedger;
import kmsecrets.application.port.out.RotationLedger.Intent;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.DomainException;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.ServiceUnavailable;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.Documents;
import kmsecrets.domain.secret.ManagedSecretType;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretVersion;

/**
 * Creates the accounts of a new managed secret on its target with the discipline rotations follow, never inside
 * the request's transaction:
 * <ol>
 * <li>(CreateSecretService) the secret and a CREATE intent are committed together; the versions hold the
 * credentials to create;</li>
 * <li>each account is created, idempotently: one that exists and accepts its credential was made by an earlier
 * attempt;</li>
 * <li>the intent is removed: the secret is complete.</li>
 * </ol>
 * When the target refuses (an account exists that is not ours, a privilege it does not know), the accounts this
 * secret made are removed and the secret and its intent deleted: the request changed nothing. When the target
 * cannot be asked, the intent stays: a retry of the same CreateSecret, or whichever node finds the lease expired,
 * finishes the work.
 */
final class AccountCreations {
    private final SecretRepository secrets;
    private final RotationLedger ledger;
    private final ManagedTargets targets;
    private final SealedVersions sealed;
    private final Transactions transactions;
    private final Documents documents;
    private final RotationSettings rotation;
    private final Clock clock;

    AccountCreations(SecretRepository secrets, RotationLedger ledger, ManagedTargets targets, SealedVersions sealed,
                     Transactions transactions, Documents documents, RotationSettings rotation, Clock clock) {
        this.secrets = secrets;
        this.ledger = ledger;
        this.targets = targets;
        this.sealed = sealed;
        this.transactions = transactions;
        this.documents = documents;
        this.rotation = rotation;
        this.clock = clock;
    }

    /** The CREATE intent of a secret whose first version is {@code secret}'s ACSCurrent, leased from now. */
    Intent intent(Caller caller, Secret secret) {
        SecretVersion first = secret.versions().get(0);
        Instant now = clock.instant();
        return new Intent(caller.account(), secret.name(), first.id(), first.value(), false, now,
                now.plus(rotation.lease()), RotationLedger.Purpose.CREATE);
    }

    /**
     * Steps 2 and 3 for a request: returns when the accounts exist; InvalidParameter (after undoing everything)
     * when the target refuses; 503 when it cannot be asked (the intent stays for a retry or the recovery job).
     */
    void provision(Caller caller, Secret secret, Intent intent) {
        Outcome outcome = attempt(caller, secret, intent);
        if (outcome == Outcome.UNREACHABLE) {
            throw new ServiceUnavailable("The secret's target cannot be reached now; the secret is kept and its "
                    + "accounts are created when the target answers. Retry the same request to finish it.");
        }
    }

    /** What the recovery job's attempt came to. */
    enum Outcome { CREATED, UNDONE, UNREACHABLE, GONE }

    /** The recovery job's step for an intent whose node went away. */
    Outcome resume(Intent intent) {
        Secret secret = secrets.find(intent.account(), intent.name()).orElse(null);
        if (secret == null) {
            transactions.inTransaction(() -> {
                ledger.end(intent.account(), intent.name());
                return intent;
            });
            return Outcome.GONE;
        }
        try {
            return attempt(SecretRotations.system(intent.account()), secret, intent);
        } catch (InvalidValue refused) {
            return Outcome.UNDONE;
        }
    }

    private Outcome attempt(Caller caller, Secret secret, Intent intent) {
        ManagedSecretType type = secret.managedType("CreateSecret");
        AccountSpec spec = type.createdAccounts(secret.extendedConfig().orElseThrow()).orElseThrow();
        List<Credential> credentials = new ArrayList<>();
        for (SecretVersion version : secret.versions()) {
            credentials.add(type.credential(sealed.open(caller, secret.name(), version.id(), version.value()),
                    documents));
        }
        ManagedTargets.Bound bound;
        try {
            bound = targets.bind(caller.account(), type, secret.extendedConfig().orElseThrow());
        } catch (DomainException gone) {
            undo(intent, List.of(), Optional.empty(), gone.getMessage());
            throw new InvalidValue("ExtendedConfig", gone.getMessage());
        }
        CredentialRotator rotator = bound.rotator();
        List<Credential> made = new ArrayList<>();
        for (Credential credential : credentials) {
            try {
                rotator.create(bound.target(), credential, spec);
                made.add(credential);
            } catch (TargetFailure e) {
                if (e.unreachable()) {
                    postpone(intent);
                    return Outcome.UNREACHABLE;
                }
                undo(intent, made, Optional.of(bound), e.getMessage());
                throw new InvalidValue("ExtendedConfig", "the target refused it: " + e.getMessage());
            } catch (InvalidValue e) {
                undo(intent, made, Optional.of(bound), e.getMessage());
                throw e;
            }
        }
        transactions.inTransaction(() -> {
            Optional<Intent> current = ledger.find(intent.account(), intent.name());
            if (current.isPresent() && current.get().purpose() == RotationLedger.Purpose.CREATE) {
                ledger.end(intent.account(), intent.name());
            }
            return intent;
        });
        return Outcome.CREATED;
    }

    /** The target refused: remove what this secret made there, then the secret and its intent. */
    private void undo(Intent intent, List<Credential> made, Optional<ManagedTargets.Bound> bound, String reason) {
        bound.ifPresent(b -> made.forEach(credential -> {
            try {
                b.rotator().remove(b.target(), credential);
            } catch (TargetFailure e) {
                // left for the operator: the account exists with a credential nothing records
            }
        }));
        transactions.inTransaction(() -> {
            Optional<Intent> current = ledger.find(intent.account(), intent.name());
            if (current.isPresent() && current.get().purpose() == RotationLedger.Purpose.CREATE
                    && current.get().versionId().equals(intent.versionId())) {
                ledger.end(intent.account(), intent.name());
                secrets.delete(intent.account(), intent.name());
            }
            return reason;
        });
    }

    private void postpone(Intent intent) {
        transactions.inTransaction(() -> {
            ledger.postpone(intent.account(), intent.name(), clock.instant().plus(rotation.retryBase()));
            return intent;
        });
    }
}
