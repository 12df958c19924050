package kmsecrets.application.port.in;

/**
 * audit export: sealed events in chain order, each with its place and link in the hash chain, page by page from a
 * cursor (the last chain position read), so an export can resume where it stopped and a follower can poll for more.
 */
public interface ExportAuditEventsUseCase extends ReadUseCase {
    AuditExportPage export(ExportAuditEventsQuery query);
}
