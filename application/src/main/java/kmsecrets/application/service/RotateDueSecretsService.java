package kmsecrets.application.service;

import kmsecrets.application.port.in.BatchCommand;
import java.time.Clock;
import java.time.Instant;
import kmsecrets.application.port.in.RotateDueSecretsUseCase;
import kmsecrets.application.port.out.RotationLedger;
import kmsecrets.application.port.out.RotationLedger.Intent;
import kmsecrets.application.port.out.Transactions;

/**
 * The background rotation: first the intents whose node went away (their lease ran out), then the secrets whose
 * NextRotationDate has passed. The ledger hands each to one node.
 */
public final class RotateDueSecretsService implements RotateDueSecretsUseCase {
    private final RotationLedger ledger;
    private final SecretRotations rotations;
    private final Transactions transactions;
    private final RotationSettings rotation;
    private final Clock clock;

    public RotateDueSecretsService(RotationLedger ledger, SecretRotations rotations, Transactions transactions,
                                   RotationSettings rotation, Clock clock) {
        this.ledger = ledger;
        this.rotations = rotations;
        this.transactions = transactions;
        this.rotation = rotation;
        this.clock = clock;
    }

    @Override
    public int rotateDue(BatchCommand command) {
        int batch = command.size();
        int rotated = 0;
        Instant now = clock.instant();
        for (Intent intent : transactions.inTransaction(() ->
                ledger.claimExpired(now, now.plus(rotation.lease()), batch))) {
            if (rotations.isolated(intent.account(), intent.name(), () -> rotations.resume(intent))) {
                rotated++;
            }
        }
        for (RotationLedger.SecretRef due : ledger.due(now, batch)) {
            if (rotations.isolated(due.account(), due.name(), () -> transactions.inTransaction(
                    () -> rotations.beginAutomatic(due, now))
                    .map(started -> rotations.finish(started, SecretRotations.SCHEDULER)).orElse(false))) {
                rotated++;
            }
        }
        return rotated;
    }
}
