package kmsecrets.application.port.out;

/** The recording double honours the audit log contract. */
class RecordingAuditLogTest extends AuditLogContract {
    private final RecordingAuditLog log = new RecordingAuditLog(clock);

    @Override
    protected AuditLog log() {
        return log;
    }
}
