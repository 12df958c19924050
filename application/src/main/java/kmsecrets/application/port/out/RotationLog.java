package kmsecrets.application.port.out;

/** The service log's account of rotations (the audit trail records them too). Never given a password. */
public interface RotationLog {
    void succeeded(String secretArn, String versionId, boolean automatic);

    void failed(String secretArn, boolean automatic, String reason, String automaticRotation);
}
