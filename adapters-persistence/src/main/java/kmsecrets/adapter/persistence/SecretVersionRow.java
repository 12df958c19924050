package kmsecrets.adapter.persistence;

import java.time.Instant;
import java.util.List;

/** One row of {@code secret_versions} with the stage labels that point at it. */
record SecretVersionRow(String versionId, String dataType, String keyId, String keyVersionId, byte[] sealedValue,
                        Instant createdAt,
                        List<String> stages) {
}
