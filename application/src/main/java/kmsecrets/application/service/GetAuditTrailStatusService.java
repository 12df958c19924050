package kmsecrets.application.service;

import kmsecrets.application.port.in.GetAuditTrailStatusQuery;
import kmsecrets.application.port.in.GetAuditTrailStatusUseCase;
import kmsecrets.application.port.in.Verification;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.domain.access.Arns;
import kmsecrets.domain.account.Region;

/** GetAuditTrailStatus: the caller needs {@code kms:GetAuditTrailStatus} on the audit trail's ARN. */
public final class GetAuditTrailStatusService implements GetAuditTrailStatusUseCase {
    private final AuditChainCheck check;
    private final Authorization authorization;
    private final Region region;

    public GetAuditTrailStatusService(AuditLog log, MasterKeyCipher masterKey, Authorization authorization,
                                      Region region) {
        this.check = new AuditChainCheck(log, masterKey);
        this.authorization = authorization;
        this.region = region;
    }

    @Override
    public Verification status(GetAuditTrailStatusQuery query) {
        authorization.check(query.caller(), "kms:GetAuditTrailStatus",
                new Arns(region, query.caller().account()).auditTrail());
        return check.verify();
    }
}
