package kmsecrets.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.application.port.out.CredentialRotator.TargetFailure;
import kmsecrets.application.port.out.Envelope;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.RotationLedger;
import kmsecrets.application.port.out.RotationLedger.Intent;
import kmsecrets.application.port.out.RotationLog;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Arns;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.audit.AuditEvent;
import kmsecrets.domain.error.DomainException;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretIdentity;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.SecretVersion;
import kmsecrets.domain.secret.VersionId;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.Documents;
import kmsecrets.domain.secret.ManagedSecretType;

/**
 * The steps every rotation of a managed secret takes, manual (RotateSecretService) or automatic
 * (RotateDueSecretsService), in three steps so that a crash at any point
 * leaves a state the next run completes:
 * <ol>
 * <li>under the secret's row lock: idempotency, the account to change (the type decides), a new password, and an
 * intent holding the new credential sealed as the version it will become, committed before anything else;</li>
 * <li>without a transaction: the change on the target (idempotent);</li>
 * <li>under the row lock again: the new version, the label moves and the dates, the intent removed, the audit
 * event, in one transaction.</li>
 * </ol>
 * If step 2 fails, a login with the new password tells whether the change happened anyway (complete) or not (roll
 * back: labels stay). If the target cannot even be asked, the intent stays and is finished by whichever node finds
 * its lease expired; so is the intent of a node that died between steps 2 and 3.
 */
public final class SecretRotations {
    static final String SCHEDULER = "kmsecrets-scheduler";
    static final String SUCCESS_EVENT = "RotateSecret:Success";
    static final String FAILURE_EVENT = "RotateSecret:Failure";

    private final SecretRepository secrets;
    private final RotationLedger ledger;
    private final EncryptionKeys keys;
    private final Envelope envelope;
    private final ManagedTargets targets;
    private final Transactions transactions;
    private final AuditLog audit;
    private final RotationLog log;
    private final IdGenerator ids;
    private final Documents documents;
    private final ServiceSettings settings;
    private final RotationSettings rotation;
    private final Clock clock;
    private final SealedVersions sealedVersions;
    private final AccountCreations creations;

    public SecretRotations(SecretRepository secrets, RotationLedger ledger,
                                 EncryptionKeys keys, Envelope envelope, ManagedTargets targets,
                                 Transactions transactions, AuditLog audit, RotationLog log, IdGenerator ids,
                                 Documents documents, ServiceSettings settings, RotationSettings rotation,
                                 Clock clock) {
        this.secrets = secrets;
        this.ledger = ledger;
        this.keys = keys;
        this.envelope = envelope;
        this.targets = targets;
        this.transactions = transactions;
        this.audit = audit;
        this.log = log;
        this.ids = ids;
        this.documents = documents;
        this.settings = settings;
        this.rotation = rotation;
        this.clock = clock;
        this.sealedVersions = new SealedVersions(keys, envelope);
        this.creations = new AccountCreations(secrets, ledger, targets, sealedVersions, transactions, documents,
                rotation, clock);
    }

    /** One secret's trouble (a fault, not a failed rotation: those are recorded) must not starve the others. */
    boolean isolated(AccountId account, SecretName name, java.util.function.BooleanSupplier work) {
        try {
            return work.getAsBoolean();
        } catch (RuntimeException e) {
            log.failed(arns(account).secret(name), RotationLog.UNKNOWN_TYPE, true,
                    "unexpected " + e.getClass().getSimpleName(), "");
            return false;
        }
    }

    /** Step 1 of an automatic rotation; nothing when another node got there first or the secret changed. */
    Optional<Started> beginAutomatic(RotationLedger.SecretRef due, Instant now) {
        Secret secret = secrets.findForUpdate(due.account(), due.name()).orElse(null);
        if (secret == null || secret.pendingDeletion() || !secret.rotation().dueAt(now)
                || ledger.find(due.account(), due.name()).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(begin(system(due.account()), secret, new VersionId(ids.newVersionId()), true));
        } catch (DomainException e) {
            // the target is gone (instance removed, engine changed) or the key unusable: counts as a failure
            secret.rotationFailed(now, rotation.retryBase(), rotation.invalidAfter());
            secrets.update(secret);
            recordFailure(secret.account(), secret.name(), true, e.getMessage(), secret, SCHEDULER);
            return Optional.empty();
        }
    }

    /** Step 1: the new credential, sealed as its future version, recorded as an intent. */
    Started begin(Caller caller, Secret secret, VersionId versionId, boolean automatic) {
        ManagedSecretType type = secret.managedType("RotateSecret");
        // the account to change: the replaced version's, or (nothing replaced) ACSCurrent's; opened once
        Optional<Credential> replaced = replaced(caller, secret, type);
        Credential account = replaced.orElseGet(() -> {
            SecretVersion current = secret.versionToRotate();
            return type.credential(open(caller, secret.name(), current.id(), current.value()), documents);
        });
        ManagedTargets.Bound target = targets.bind(caller.account(), type, secret.extendedConfig().orElseThrow());
        Credential next = target.next(account.account(), type.credentialKind(secret.extendedConfig().orElseThrow()));
        CustomerKey key = keys.forSecret(caller, secret.encryptionKeyId());
        key.requireUsable();
        SealedValue sealed = envelope.seal(key, new SecretIdentity(caller.account(), secret.name(), versionId),
                type.value(next, documents));
        Instant now = clock.instant();
        Intent intent = new Intent(caller.account(), secret.name(), versionId, sealed, automatic, now,
                now.plus(rotation.lease()));
        ledger.begin(intent);
        return new Started(intent, target, next, replaced);
    }

    /** The credential the new version replaces: the one holding the type's rotated label, if any. */
    private Optional<Credential> replaced(Caller caller, Secret secret, ManagedSecretType type) {
        return secret.versionToReplace().map(v -> type.credential(open(caller, secret.name(), v.id(), v.value()),
                documents));
    }

    /**
     * An intent whose node went away: a creation is finished or undone ({@link AccountCreations}); a rotation
     * applies its credential again and finishes, or is rolled back.
     */
    boolean resume(Intent intent) {
        if (intent.purpose() == RotationLedger.Purpose.CREATE) {
            // the call that started it answered 503 (no event) or never answered: the job records the outcome
            AccountCreations.Outcome outcome = creations.resume(intent);
            if (outcome == AccountCreations.Outcome.CREATED || outcome == AccountCreations.Outcome.UNDONE) {
                transactions.inTransaction(() -> {
                    audit.append(event(intent.account(), intent.name(), "CreateSecret",
                            outcome == AccountCreations.Outcome.CREATED ? AuditEvent.SUCCESS : "Failure", SCHEDULER));
                    return outcome;
                });
            }
            return outcome == AccountCreations.Outcome.CREATED;
        }
        Secret secret = secrets.find(intent.account(), intent.name()).orElse(null);
        if (secret == null) {
            return false;
        }
        ManagedSecretType type = secret.managedType("RotateSecret");
        Caller system = system(intent.account());
        Credential next = type.credential(open(system, intent.name(), intent.versionId(), intent.sealed()), documents);
        ManagedTargets.Bound target;
        try {
            target = targets.bind(intent.account(), type, secret.extendedConfig().orElseThrow());
        } catch (DomainException e) {
            rollBack(intent, e.getMessage(), SCHEDULER);
            return false;
        }
        return finish(new Started(intent, target, next, replaced(system, secret, type)), SCHEDULER);
    }

    /** Steps 2 and 3. True when the rotation completed (here or, concurrently, on another node). */
    boolean finish(Started started, String principal) {
        CredentialRotator rotator = started.target().rotator();
        CredentialRotator.Target target = started.target().target();
        try {
            rotator.apply(target, started.credential(), started.replaced());
        } catch (TargetFailure applyFailure) {
            CredentialRotator.Login login;
            try {
                login = rotator.tryLogin(target, started.credential());
            } catch (TargetFailure unreachable) {
                postpone(started.intent(), applyFailure.getMessage(), principal);
                return false;
            }
            if (login == CredentialRotator.Login.REJECTED) {
                rollBack(started.intent(), applyFailure.getMessage(), principal);
                return false;
            }
            // the password works: an earlier attempt had applied it
        }
        complete(started.intent(), principal);
        return true;
    }

    /** Step 3, once: a node that finds the intent gone or replaced leaves the secret alone. */
    private void complete(Intent intent, String principal) {
        Optional<String> completedType = transactions.inTransaction(() -> {
            Secret secret = secrets.findForUpdate(intent.account(), intent.name()).orElse(null);
            Optional<Intent> current = ledger.find(intent.account(), intent.name());
            if (secret == null || current.isEmpty() || !current.get().versionId().equals(intent.versionId())) {
                return Optional.<String>empty();
            }
            Instant now = clock.instant();
            secret.completeRotation(new SecretVersion(intent.versionId(), SecretDataType.TEXT, intent.sealed(), now),
                    now);
            secrets.update(secret);
            ledger.end(intent.account(), intent.name());
            audit.append(event(intent.account(), intent.name(), SUCCESS_EVENT, AuditEvent.SUCCESS, principal));
            return Optional.of(secret.type().name());
        });
        completedType.ifPresent(type -> log.succeeded(arns(intent.account()).secret(intent.name()), type,
                intent.versionId().value(), intent.automatic()));
    }

    /** The new password does not work: the change did not happen. Labels stay; automatic failures count. */
    private void rollBack(Intent intent, String reason, String principal) {
        failed(intent, reason, principal, false);
    }

    /** The target cannot be asked: keep the intent, try again after the back-off. */
    private void postpone(Intent intent, String reason, String principal) {
        failed(intent, reason, principal, true);
    }

    /**
     * Records a failed attempt: an automatic one counts towards Invalid and sets the next attempt; the intent is
     * dropped, or kept (with its lease moved to that next attempt) when the outcome on the target is unknown.
     */
    private void failed(Intent intent, String reason, String principal, boolean keepIntent) {
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Secret secret = secrets.findForUpdate(intent.account(), intent.name()).orElse(null);
            Instant retry = now.plus(rotation.retryBase());
            if (secret != null && intent.automatic()) {
                secret.rotationFailed(now, rotation.retryBase(), rotation.invalidAfter());
                secrets.update(secret);
                retry = secret.rotation().nextRotation().orElse(retry);
            }
            if (keepIntent) {
                ledger.postpone(intent.account(), intent.name(), retry);
            } else {
                ledger.end(intent.account(), intent.name());
            }
            recordFailure(intent.account(), intent.name(), intent.automatic(), reason, secret, principal);
            return intent;
        });
    }

    private void recordFailure(AccountId account, SecretName name, boolean automatic, String reason, Secret secret,
                               String principal) {
        audit.append(event(account, name, FAILURE_EVENT, "Failure", principal));
        log.failed(arns(account).secret(name), secret == null ? RotationLog.UNKNOWN_TYPE : secret.type().name(),
                automatic, reason, secret == null ? "" : secret.rotation().state().wireName());
    }

    private SecretValue open(Caller caller, SecretName name, VersionId versionId, SealedValue sealed) {
        return sealedVersions.open(caller, name, versionId, sealed);
    }

    private AuditEvent event(AccountId account, SecretName name, String action, String result, String principal) {
        return new AuditEvent(clock.instant(), "", action, arns(account).secret(name), result, "", principal, "", "");
    }

    Arns arns(AccountId account) {
        return new Arns(settings.region(), account);
    }

    /** The scheduler acts with the account's full rights. */
    static Caller system(AccountId account) {
        return new Caller(account, SCHEDULER, "", true);
    }

    record Started(Intent intent, ManagedTargets.Bound target, Credential credential, Optional<Credential> replaced) {
    }
}
