package kmsecrets.application.port.in;

import java.time.Instant;

/** One key version as CreateKeyVersion, DescribeKeyVersion and ListKeyVersions report it. */
public record KeyVersionInfo(String keyId, String keyVersionId, Instant creationDate) {
}
