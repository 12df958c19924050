package kmsecrets.application.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.in.Verification;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.application.port.out.AuditLog.SealedEvent;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.domain.audit.AuditChain;

/**
 * The audit chain's check, shared by the operator's {@code audit verify} and the API's GetAuditTrailStatus: seals everything committed so far, then recomputes every link: from the genesis value, or, once the
 * trail was pruned, from the latest checkpoint, whose seal only the deployment's master key could have made.
 */
final class AuditChainCheck {
    private static final int PAGE = 1_000;

    private final AuditLog log;
    private final MasterKeyCipher masterKey;

    AuditChainCheck(AuditLog log, MasterKeyCipher masterKey) {
        this.log = log;
        this.masterKey = masterKey;
    }

    Verification verify() {
        while (log.seal(PAGE) > 0) {
            // seal everything committed so far, so that the check covers it
        }
        byte[] link = AuditChain.GENESIS;
        long position = 0;
        Optional<Verification.Checkpoint> from = Optional.empty();
        Optional<AuditLog.Checkpoint> checkpoint = log.latestCheckpoint();
        if (checkpoint.isPresent()) {
            AuditLog.Checkpoint cut = checkpoint.get();
            from = Optional.of(new Verification.Checkpoint(cut.position(), cut.cutBefore()));
            if (!genuine(cut)) {
                return new Verification(false, 0, Optional.of(cut.position()), from);
            }
            link = cut.link();
            position = cut.position();
        }
        long checked = 0;
        List<SealedEvent> page;
        do {
            page = log.chain(position, PAGE);
            for (SealedEvent sealed : page) {
                link = AuditChain.link(link, sealed.event());
                checked++;
                if (sealed.position() != position + 1 || !Arrays.equals(link, sealed.link())) {
                    return new Verification(false, checked, Optional.of(sealed.position()), from);
                }
                position = sealed.position();
            }
        } while (page.size() == PAGE);
        return new Verification(true, checked, Optional.empty(), from);
    }

    private boolean genuine(AuditLog.Checkpoint cut) {
        try {
            return masterKey.unwrap(cut.seal(), MasterKeyCipher.auditCheckpointContext(cut.position())).asText()
                    .equals(cut.text());
        } catch (RuntimeException forgedOrBroken) {
            return false;
        }
    }
}
