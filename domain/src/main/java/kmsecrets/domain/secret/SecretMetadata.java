package kmsecrets.domain.secret;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.QuotaExceeded;
import kmsecrets.domain.rotation.RotationPolicy;

/** A secret's metadata as created: name, type, description, key, tags, ExtendedConfig, rotation. */
public record SecretMetadata(AccountId account, SecretName name, SecretType type, String description,
                             String encryptionKeyId, List<Tag> tags, Optional<ExtendedConfig> extendedConfig,
                             RotationPolicy rotation, Instant createdAt) {
    public static final int MAX_TAGS = 20;

    public SecretMetadata {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(encryptionKeyId, "encryptionKeyId");
        tags = List.copyOf(tags);
        Objects.requireNonNull(extendedConfig, "extendedConfig");
        Objects.requireNonNull(rotation, "rotation");
        Objects.requireNonNull(createdAt, "createdAt");
        if (tags.size() > MAX_TAGS) {
            throw new QuotaExceeded("A secret carries at most 20 tags.");
        }
        if (tags.stream().map(Tag::key).distinct().count() != tags.size()) {
            throw new InvalidValue("Tags", "each tag key may appear once");
        }
        if (rotation.active() && !type.managed()) {
            throw new InvalidValue("EnableAutomaticRotation", "only managed secret types rotate automatically");
        }
    }
}
