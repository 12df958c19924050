package kmsecrets.application.service;

import java.time.Clock;
import java.util.Optional;
import kmsecrets.application.port.in.RotateSecretCommand;
import kmsecrets.application.port.in.RotateSecretResult;
import kmsecrets.application.port.in.RotateSecretUseCase;
import kmsecrets.application.port.out.RotationLedger;
import kmsecrets.application.port.out.RotationLedger.Intent;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.RotationFailed;
import kmsecrets.domain.error.RotationInProgress;
import kmsecrets.domain.error.RotationThrottled;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.VersionId;

/**
 * RotateSecret: idempotent on its VersionId (an existing version, or the running rotation to it, answers at once),
 * throttled per account and hour, then the three steps of {@link SecretRotations}.
 */
public final class RotateSecretService implements RotateSecretUseCase {
    private final SecretLookup lookup;
    private final RotationLedger ledger;
    private final SecretRotations rotations;
    private final Transactions transactions;
    private final RotationSettings rotation;
    private final Clock clock;

    public RotateSecretService(SecretLookup lookup, RotationLedger ledger, SecretRotations rotations,
                               Transactions transactions, RotationSettings rotation, Clock clock) {
        this.lookup = lookup;
        this.ledger = ledger;
        this.rotations = rotations;
        this.transactions = transactions;
        this.rotation = rotation;
        this.clock = clock;
    }

    @Override
    public RotateSecretResult rotateSecret(RotateSecretCommand command) {
        Caller caller = command.caller();
        SecretName name = lookup.authorize(caller, command.nameOrArn(), "kms:RotateSecret");
        VersionId versionId = command.versionId();
        Optional<SecretRotations.Started> started = transactions.inTransaction(() -> {
            Secret secret = lookup.loadForUpdate(caller, name);
            secret.managedType("RotateSecret");
            secret.refuseWhilePendingDeletion();
            if (secret.version(versionId).isPresent()) {
                return Optional.empty();
            }
            Optional<Intent> running = ledger.find(caller.account(), name);
            if (running.isPresent()) {
                if (running.get().versionId().equals(versionId)) {
                    return Optional.empty();
                }
                throw new RotationInProgress("Another rotation of the secret is running.");
            }
            if (!ledger.countCall(caller.account(), clock.instant(), rotation.hourlyLimit())) {
                throw new RotationThrottled("More than " + rotation.hourlyLimit()
                        + " RotateSecret calls in the last hour.");
            }
            return Optional.of(rotations.begin(caller, secret, versionId, false));
        });
        if (started.isPresent() && !rotations.finish(started.get(), caller.principal())) {
            throw new RotationFailed("The rotation could not change the credential on its database; the labels "
                    + "did not move (a change whose outcome is unknown is finished or undone later by the service). "
                    + "The service log has the details.");
        }
        return new RotateSecretResult(rotations.arns(caller.account()).secret(name), name, versionId);
    }
}
