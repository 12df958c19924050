package kmsecrets.application.port.in;

/** audit verify: the whole chain; it takes no parameters. */
public record VerifyAuditTrailQuery() {
}
