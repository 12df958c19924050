package kmsecrets.application.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What CreateKey and DescribeKey report about a key. */
public record KeyMetadata(String keyId, String arn, String keyState, String description, String creator,
                          boolean serviceManaged, Instant creationDate, Optional<Instant> deleteDate,
                          String primaryKeyVersion, Instant lastRotationDate, String automaticRotation,
                          Optional<Duration> rotationInterval, Optional<Instant> nextRotationDate) {
}
