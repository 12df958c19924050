package kmsecrets.application.service;

import java.util.List;
import kmsecrets.application.port.in.SearchAuditEventsQuery;
import kmsecrets.application.port.in.SearchAuditEventsUseCase;
import kmsecrets.application.port.out.AuditLog;
import kmsecrets.domain.audit.AuditEvent;

/** audit search: newest first, filtered in the store. */
public final class SearchAuditEventsService implements SearchAuditEventsUseCase {
    private final AuditLog log;

    public SearchAuditEventsService(AuditLog log) {
        this.log = log;
    }

    @Override
    public List<AuditEvent> search(SearchAuditEventsQuery query) {
        return log.search(new AuditLog.Criteria(query.since(), java.util.Optional.empty(), query.action(), query.user(),
                java.util.Optional.empty(), query.limit()));
    }
}
