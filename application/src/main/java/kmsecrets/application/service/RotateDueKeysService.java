package kmsecrets.application.service;

import kmsecrets.application.port.in.BatchCommand;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kmsecrets.application.port.in.RotateDueKeysUseCase;
import kmsecrets.application.port.out.Envelope;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyVersion;

/**
 * Automatic key rotation: in one transaction, the due keys are locked (skipping those another node holds), each gets
 * a new primary version, and its next date moves one interval on.
 */
public final class RotateDueKeysService implements RotateDueKeysUseCase {
    private final KeyRepository keys;
    private final Envelope envelope;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;

    public RotateDueKeysService(KeyRepository keys, Envelope envelope, IdGenerator ids, Transactions transactions,
                              Clock clock) {
        this.keys = keys;
        this.envelope = envelope;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<String> rotateDue(BatchCommand command) {
        int batch = command.size();
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<String> rotated = new ArrayList<>();
            for (CustomerKey key : keys.lockDueForRotation(now, batch)) {
                KeyVersion version = new KeyVersion(ids.newKeyVersionId(key.keyId()), key.keyId(),
                        envelope.newKeyMaterial(key.keyId()), now);
                CustomerKey next = key.rotateTo(version);
                keys.addVersion(next, version);
                keys.update(next);
                rotated.add(version.versionId());
            }
            return rotated;
        });
    }
}
