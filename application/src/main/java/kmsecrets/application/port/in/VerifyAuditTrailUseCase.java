package kmsecrets.application.port.in;

/** Administration: seals what is committed, then recomputes the whole chain. */
public interface VerifyAuditTrailUseCase extends ReadUseCase {
    Verification verify(VerifyAuditTrailQuery query);
}
