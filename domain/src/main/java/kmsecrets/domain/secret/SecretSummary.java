package kmsecrets.domain.secret;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One secret in a listing: metadata only, never a value or ciphertext. */
public record SecretSummary(SecretName name, String secretType, Instant createTime, Instant updateTime,
                            Optional<Instant> plannedDeleteTime, List<Tag> tags) {
}
