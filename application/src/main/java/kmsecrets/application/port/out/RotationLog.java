package kmsecrets.application.port.out;

/**
 * The service log's account of rotations, and the metrics' (the audit trail records them too). Never given a
 * password. {@code secretType} is the type's wire name ({@code Rds}, {@code Redis}, ...), or {@link #UNKNOWN_TYPE}
 * when the secret could not be read.
 */
public interface RotationLog {
    String UNKNOWN_TYPE = "unknown";

    void succeeded(String secretArn, String secretType, String versionId, boolean automatic);

    void failed(String secretArn, String secretType, boolean automatic, String reason, String automaticRotation);
}
