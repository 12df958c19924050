package kmsecrets.domain.secret;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.QuotaExceeded;
import kmsecrets.domain.error.SecretInDeletionWindow;
import kmsecrets.domain.error.SecretNotFound;
import kmsecrets.domain.error.SecretNotInDeletionWindow;
import kmsecrets.domain.rotation.RotationPolicy;
import kmsecrets.domain.secret.type.ExtendedConfig;
import kmsecrets.domain.secret.type.SecretType;

/**
 * Aggregate root: a named secret of one account, its metadata, versions and stage labels, and its deletion
 * state. Created by {@link #create}, rebuilt from storage by {@link #restore}. Keeps the invariants: a label
 * names at most one version; ACSCurrent always names a version; a secret in its deletion window refuses reads
 * and writes except restore.
 */
public final class Secret {
    private final AccountId account;
    private final SecretName name;
    private final SecretType type;
    private final String description;
    private final String encryptionKeyId;
    private final List<Tag> tags;
    private final Optional<ExtendedConfig> extendedConfig;
    private final RotationPolicy rotation;
    private final Instant createdAt;
    private Instant updatedAt;
    private Optional<Instant> plannedDeleteTime;
    private final Map<VersionId, SecretVersion> versions;
    private final Map<StageLabel, VersionId> stages;

    private Secret(SecretMetadata metadata, Instant updatedAt, Optional<Instant> plannedDeleteTime,
                   List<SecretVersion> versions, Map<StageLabel, VersionId> stages) {
        this.account = metadata.account();
        this.name = metadata.name();
        this.type = metadata.type();
        this.description = metadata.description();
        this.encryptionKeyId = metadata.encryptionKeyId();
        this.tags = List.copyOf(metadata.tags());
        this.extendedConfig = metadata.extendedConfig();
        this.rotation = metadata.rotation();
        this.createdAt = metadata.createdAt();
        this.updatedAt = updatedAt;
        this.plannedDeleteTime = plannedDeleteTime;
        this.versions = new LinkedHashMap<>();
        for (SecretVersion version : versions) {
            if (this.versions.put(version.id(), version) != null) {
                throw new IllegalArgumentException("duplicate version id");
            }
        }
        this.stages = new LinkedHashMap<>(stages);
        if (!this.stages.containsKey(StageLabel.CURRENT)) {
            throw new IllegalArgumentException("a secret needs an ACSCurrent version");
        }
        for (VersionId target : this.stages.values()) {
            if (!this.versions.containsKey(target)) {
                throw new IllegalArgumentException("a stage label points at a missing version");
            }
        }
    }

    /**
     * A new secret whose first version becomes ACSCurrent and whose second (dual-account types only) becomes
     * ACSPrevious.
     */
    public static Secret create(SecretMetadata metadata, List<SecretVersion> initialVersions) {
        if (initialVersions.isEmpty() || initialVersions.size() > 2) {
            throw new IllegalArgumentException("a new secret starts with one or two versions");
        }
        Map<StageLabel, VersionId> stages = new LinkedHashMap<>();
        stages.put(StageLabel.CURRENT, initialVersions.get(0).id());
        if (initialVersions.size() == 2) {
            stages.put(StageLabel.PREVIOUS, initialVersions.get(1).id());
        }
        return new Secret(metadata, metadata.createdAt(), Optional.empty(), initialVersions, stages);
    }

    /** Rebuilds stored state; for adapters only. */
    public static Secret restore(SecretMetadata metadata, Instant updatedAt, Optional<Instant> plannedDeleteTime,
                                 List<SecretVersion> versions, Map<StageLabel, VersionId> stages) {
        return new Secret(metadata, updatedAt, plannedDeleteTime, versions, stages);
    }

    /**
     * The version a read asks for: by label (ACSCurrent when nothing is given), by id, or both, which must then
     * name the same version. Managed secrets expose only ACSCurrent and ACSPrevious and ignore version ids.
     */
    public SecretVersion select(Optional<VersionId> versionId, Optional<StageLabel> stage) {
        refuseWhilePendingDeletion();
        if (type.managed()) {
            StageLabel label = stage.orElse(StageLabel.CURRENT);
            if (!label.equals(StageLabel.CURRENT) && !label.equals(StageLabel.PREVIOUS)) {
                throw new InvalidValue("VersionStage", "managed secrets expose only ACSCurrent and ACSPrevious");
            }
            return versionLabelled(label);
        }
        if (versionId.isPresent() && stage.isPresent()) {
            VersionId labelled = stages.get(stage.get());
            if (labelled == null || !labelled.equals(versionId.get()) || !versions.containsKey(labelled)) {
                throw new InvalidValue("VersionId", "VersionId and VersionStage do not name the same version");
            }
            return versions.get(labelled);
        }
        if (versionId.isPresent()) {
            SecretVersion version = versions.get(versionId.get());
            if (version == null) {
                throw new SecretNotFound("The secret version is not found.");
            }
            return version;
        }
        return versionLabelled(stage.orElse(StageLabel.CURRENT));
    }

    private SecretVersion versionLabelled(StageLabel label) {
        VersionId id = stages.get(label);
        if (id == null) {
            throw new SecretNotFound("No version of the secret carries that stage label.");
        }
        return versions.get(id);
    }

    /** Every label on a version, in a stable order (ACSCurrent first). */
    public Set<StageLabel> labelsOf(VersionId versionId) {
        Set<StageLabel> labels = new LinkedHashSet<>();
        stages.forEach((label, id) -> {
            if (id.equals(versionId)) {
                labels.add(label);
            }
        });
        return Collections.unmodifiableSet(labels);
    }

    /** Starts the recovery window; the secret can be restored until the planned time. */
    public Instant scheduleDeletion(Instant now, RecoveryWindow window) {
        refuseWhilePendingDeletion();
        Instant planned = now.plus(window.length());
        plannedDeleteTime = Optional.of(planned);
        updatedAt = now;
        return planned;
    }

    /** Cancels a scheduled deletion. */
    public void cancelDeletion(Instant now) {
        if (plannedDeleteTime.isEmpty()) {
            throw new SecretNotInDeletionWindow("The secret is not scheduled for deletion.");
        }
        plannedDeleteTime = Optional.empty();
        updatedAt = now;
    }

    public void refuseWhilePendingDeletion() {
        if (plannedDeleteTime.isPresent()) {
            throw new SecretInDeletionWindow("The secret is scheduled for deletion.");
        }
    }

    public boolean pendingDeletion() {
        return plannedDeleteTime.isPresent();
    }

    public SecretMetadata metadata() {
        return new SecretMetadata(account, name, type, description, encryptionKeyId, tags, extendedConfig,
                rotation, createdAt);
    }

    public AccountId account() {
        return account;
    }

    public SecretName name() {
        return name;
    }

    public SecretType type() {
        return type;
    }

    public String encryptionKeyId() {
        return encryptionKeyId;
    }

    public Optional<ExtendedConfig> extendedConfig() {
        return extendedConfig;
    }

    public RotationPolicy rotation() {
        return rotation;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> plannedDeleteTime() {
        return plannedDeleteTime;
    }

    public List<SecretVersion> versions() {
        return List.copyOf(versions.values());
    }

    public Map<StageLabel, VersionId> stages() {
        return Collections.unmodifiableMap(stages);
    }

    @Override
    public String toString() {
        return "Secret[" + account + ":" + name + ", " + type.name() + ", " + versions.size() + " versions]";
    }

    /** The parts of a secret that do not change with its versions or deletion state. */
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
}
