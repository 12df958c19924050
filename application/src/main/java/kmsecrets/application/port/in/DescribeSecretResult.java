package kmsecrets.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kmsecrets.domain.rotation.RotationPolicy;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.Tag;
import kmsecrets.domain.secret.ExtendedConfig;

/** A secret's metadata, never its value. */
public record DescribeSecretResult(String arn, SecretName name, String secretType, boolean managed,
                                   String description, String encryptionKeyId, Instant createTime,
                                   Instant updateTime, Optional<Instant> plannedDeleteTime, RotationPolicy rotation,
                                   Optional<ExtendedConfig> extendedConfig, List<Tag> tags) {
}
