package kmsecrets.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import kmsecrets.application.port.in.AuditPruning;
import kmsecrets.application.port.in.PruneAuditTrailCommand;
import kmsecrets.application.port.in.PruneAuditTrailUseCase;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.application.port.out.AuditLog.Checkpoint;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.domain.secret.SecretValue;

/**
 * Drops the days sealed before the retention period. The checkpoint of the last event to go is stored first, so a
 * crash between the two leaves a checkpoint whose events are still there (verify simply starts after them), never
 * a chain whose start cannot be checked.
 */
public final class PruneAuditTrailService implements PruneAuditTrailUseCase {
    private final AuditLog log;
    private final MasterKeyCipher masterKey;
    private final Clock clock;

    public PruneAuditTrailService(AuditLog log, MasterKeyCipher masterKey, Clock clock) {
        this.log = log;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    @Override
    public AuditPruning prune(PruneAuditTrailCommand command) {
        LocalDate keptFrom = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .minusDays(command.retentionDays() - 1L);
        Optional<Long> checkpoint = log.lastSealedBefore(keptFrom).map(head -> {
            Checkpoint unsealed = new Checkpoint(head.position(), head.link(), keptFrom, clock.instant(), new byte[0]);
            log.saveCheckpoint(new Checkpoint(head.position(), head.link(), keptFrom, unsealed.madeAt(),
                    masterKey.wrap(SecretValue.ofText(unsealed.text()),
                            MasterKeyCipher.auditCheckpointContext(head.position()))));
            return head.position();
        });
        // only what the checkpoint covers: an event sealed before the cut after it was read waits for the next run
        return new AuditPruning(keptFrom, log.dropSealedBefore(keptFrom, checkpoint.orElse(0L)), checkpoint);
    }
}
