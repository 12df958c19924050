package kmsecrets.application.port.in;

import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.VersionId;

/** What RotateSecret reports: the secret and the version its new credential is stored as. */
public record RotateSecretResult(String arn, SecretName name, VersionId versionId) {
}
