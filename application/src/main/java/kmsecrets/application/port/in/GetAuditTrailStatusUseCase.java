package kmsecrets.application.port.in;

/**
 * GetAuditTrailStatus (our extension, RAM action {@code kms:GetAuditTrailStatus}): seals what is committed, then
 * recomputes the whole chain, as {@code audit verify} does for the operator.
 */
public interface GetAuditTrailStatusUseCase extends ReadUseCase {
    Verification status(GetAuditTrailStatusQuery query);
}
