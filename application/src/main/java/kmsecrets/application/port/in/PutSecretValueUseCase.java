package kmsecrets.application.port.in;

/** PutSecretValue: adds a version; idempotent on VersionId for an identical value. */
public interface PutSecretValueUseCase extends UseCase {
    PutSecretValueResult putSecretValue(PutSecretValueCommand command);
}
