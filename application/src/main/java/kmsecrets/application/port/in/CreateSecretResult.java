package kmsecrets.application.port.in;

import java.util.Optional;
import kmsecrets.domain.rotation.RotationPolicy;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.VersionId;
import kmsecrets.domain.secret.ExtendedConfig;

/** What CreateSecret reports; rotation and ExtendedConfig only matter for managed types. */
public record CreateSecretResult(String arn, SecretName name, String secretType, VersionId versionId,
                                 boolean managed, RotationPolicy rotation, Optional<ExtendedConfig> extendedConfig) {
}
