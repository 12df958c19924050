package kmsecrets.application.service;

import kmsecrets.application.port.in.Verification;
import kmsecrets.application.port.in.VerifyAuditTrailQuery;
import kmsecrets.application.port.in.VerifyAuditTrailUseCase;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.application.port.out.MasterKeyCipher;

/** audit verify (the operator, at the database): the whole chain's check ({@link AuditChainCheck}). */
public final class VerifyAuditTrailService implements VerifyAuditTrailUseCase {
    private final AuditChainCheck check;

    public VerifyAuditTrailService(AuditLog log, MasterKeyCipher masterKey) {
        this.check = new AuditChainCheck(log, masterKey);
    }

    @Override
    public Verification verify(VerifyAuditTrailQuery query) {
        return check.verify();
    }
}
