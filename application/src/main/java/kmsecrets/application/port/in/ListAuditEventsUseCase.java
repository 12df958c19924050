package kmsecrets.application.port.in;

import java.util.List;
import kmsecrets.domain.audit.AuditEvent;

/**
 * ListAuditEvents (our extension, RAM action {@code kms:ListAuditEvents} on the audit trail's ARN
 * {@code acs:kms:<region>:<account>:audit}): the audit trail through the API, newest first. The call is audited
 * like every other.
 */
public interface ListAuditEventsUseCase extends ReadUseCase {
    List<AuditEvent> list(ListAuditEventsQuery query);
}
