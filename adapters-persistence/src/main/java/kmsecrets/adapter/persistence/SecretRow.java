package kmsecrets.adapter.persistence;

import java.time.Instant;
import java.util.List;

/** One row of {@code secrets} with its tags, as read. */
record SecretRow(long secretId, String accountId, String name, String secretType, String description,
                 String encryptionKeyId, String extendedConfig, String automaticRotation,
                 Long rotationIntervalSeconds, Instant lastRotationAt, Instant nextRotationAt, int rotationFailures,
                 Instant createdAt,
                 Instant updatedAt, Instant plannedDeleteAt, long revision, List<String> tagKeys,
                 List<String> tagValues) {
}
