package kmsecrets.application.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.in.Verification;
import kmsecrets.application.port.in.VerifyAuditTrailQuery;
import kmsecrets.application.port.in.VerifyAuditTrailUseCase;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.application.port.out.AuditLog.SealedEvent;
import kmsecrets.domain.audit.AuditChain;

/** audit verify: seals everything committed so far, then recomputes every link from the genesis value. */
public final class VerifyAuditTrailService implements VerifyAuditTrailUseCase {
    private static final int PAGE = 1_000;

    private final AuditLog log;

    public VerifyAuditTrailService(AuditLog log) {
        this.log = log;
    }

    @Override
    public Verification verify(VerifyAuditTrailQuery query) {
        while (log.seal(PAGE) > 0) {
            // seal everything committed so far, so that the check covers it
        }
        byte[] link = AuditChain.GENESIS;
        long position = 0;
        long checked = 0;
        List<SealedEvent> page;
        do {
            page = log.chain(position, PAGE);
            for (SealedEvent sealed : page) {
                link = AuditChain.link(link, sealed.event());
                checked++;
                if (sealed.position() != checked || !Arrays.equals(link, sealed.link())) {
                    return new Verification(false, checked, Optional.of(sealed.position()));
                }
                position = sealed.position();
            }
        } while (page.size() == PAGE);
        return new Verification(true, checked, Optional.empty());
    }
}
