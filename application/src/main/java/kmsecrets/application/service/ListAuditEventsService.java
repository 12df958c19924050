package kmsecrets.application.service;

import java.util.List;
import kmsecrets.application.port.in.ListAuditEventsQuery;
import kmsecrets.application.port.in.ListAuditEventsUseCase;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.domain.access.Arns;
import kmsecrets.domain.account.Region;
import kmsecrets.domain.audit.AuditEvent;

/** ListAuditEvents: authorizes on the audit trail's ARN, then searches the store. */
public final class ListAuditEventsService implements ListAuditEventsUseCase {
    private final AuditLog log;
    private final Authorization authorization;
    private final Region region;

    public ListAuditEventsService(AuditLog log, Authorization authorization, Region region) {
        this.log = log;
        this.authorization = authorization;
        this.region = region;
    }

    @Override
    public List<AuditEvent> list(ListAuditEventsQuery query) {
        authorization.check(query.caller(), "kms:ListAuditEvents",
                new Arns(region, query.caller().account()).auditTrail());
        return log.search(new AuditLog.Criteria(query.since(), query.until(), query.action(), query.user(),
                query.result(), query.maxResults()));
    }
}
