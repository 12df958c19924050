package kmsecrets.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kmsecrets.domain.rotation.RotationPolicy;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.VersionId;
import kmsecrets.domain.secret.ExtendedConfig;

/** One decrypted secret version with its labels and, for managed types, the rotation state. */
public record GetSecretValueResult(SecretName name, String secretType, boolean managed, SecretValue value,
                                   SecretDataType dataType, VersionId versionId, List<StageLabel> stages,
                                   Instant createTime, RotationPolicy rotation,
                                   Optional<ExtendedConfig> extendedConfig) {
}
