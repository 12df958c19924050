package kmsecrets.application.port.in;

import kmsecrets.domain.audit.AuditEvent;

/** Administration: reads the audit trail. */
public interface SearchAuditEventsUseCase extends ReadUseCase {
    java.util.List<AuditEvent> search(SearchAuditEventsQuery query);
}
