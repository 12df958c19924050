package kmsecrets.adapter.persistence;

import kmsecrets.application.port.out.AuditLog;
import kmsecrets.application.port.out.AuditLogContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL audit log passes the audit log contract its test double passes. */
class JdbiAuditLogTest extends AuditLogContract {
    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private AuditLog log;

    @BeforeEach
    void emptyLog() {
        DB.database().jdbi().useHandle(h -> h.execute("truncate audit_events, audit_checkpoints"));
        log = new JdbiAuditLog(new JdbiSession(DB.database().jdbi()), DB.database().jdbi(), clock);
    }

    @Override
    protected AuditLog log() {
        return log;
    }
}
