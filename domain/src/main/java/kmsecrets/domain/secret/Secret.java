package kmsecrets.domain.secret;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kmsecrets.domain.rotation.RotationInterval;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.QuotaExceeded;
import kmsecrets.domain.error.SecretInDeletionWindow;
import kmsecrets.domain.error.SecretNotFound;
import kmsecrets.domain.error.SecretNotInDeletionWindow;
import kmsecrets.domain.error.UnsupportedOperation;
import kmsecrets.domain.rotation.RotationPolicy;

/**
 * Aggregate root: a named secret of one account, its metadata, versions and stage labels, and its deletion
 * state. Created by {@link #create}, rebuilt from storage by {@link #restore}. Keeps the invariants: a label
 * names at most one version; ACSCurrent always names a version; a secret in its deletion window refuses reads
 * and writes except restore.
 */
public final class Secret {
    /** Versions a secret keeps; beyond that the oldest unlabelled ones are purged. */
    public static final int MAX_VERSIONS = 10;

    private final AccountId account;
    private final SecretName name;
    private final SecretType type;
    private String description;
    private final String encryptionKeyId;
    private List<Tag> tags;
    private Optional<ExtendedConfig> extendedConfig;
    private RotationPolicy rotation;
    private final Instant createdAt;
    private Instant updatedAt;
    private Optional<Instant> plannedDeleteTime;
    private final Map<VersionId, SecretVersion> versions;
    private StageLabels stages;
    private final long revision;

    private Secret(SecretMetadata metadata, long revision, Instant updatedAt, Optional<Instant> plannedDeleteTime,
                   List<SecretVersion> versions, Map<StageLabel, VersionId> stages) {
        this.revision = revision;
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
        this.stages = new StageLabels(stages);
        if (this.stages.holder(StageLabel.CURRENT).isEmpty()) {
            throw new IllegalArgumentException("a secret needs an ACSCurrent version");
        }
        for (VersionId target : stages.values()) {
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
        metadata.rotation().interval().ifPresent(metadata.type().capabilities()::checkInterval);
        Map<StageLabel, VersionId> stages = new LinkedHashMap<>();
        stages.put(StageLabel.CURRENT, initialVersions.get(0).id());
        if (initialVersions.size() == 2) {
            stages.put(StageLabel.PREVIOUS, initialVersions.get(1).id());
        }
        return new Secret(metadata, 0, metadata.createdAt(), Optional.empty(), initialVersions, stages);
    }

    /**
     * Rebuilds stored state; for adapters only. {@code revision} is the stored revision the state was read at: a
     * store that keeps one accepts the changed aggregate back only while that revision is still the stored one.
     */
    public static Secret restore(SecretMetadata metadata, long revision, Instant updatedAt,
                                 Optional<Instant> plannedDeleteTime, List<SecretVersion> versions,
                                 Map<StageLabel, VersionId> stages) {
        return new Secret(metadata, revision, updatedAt, plannedDeleteTime, versions, stages);
    }

    /** The stored revision this aggregate was read at (0 for a new one); see {@link #restore}. */
    public long revision() {
        return revision;
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
            if (!stages.holder(stage.get()).equals(versionId)) {
                throw new InvalidValue("VersionId", "VersionId and VersionStage do not name the same version");
            }
            return versions.get(versionId.get());
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
        return stages.holder(label).map(versions::get)
                .orElseThrow(() -> new SecretNotFound("No version of the secret carries that stage label."));
    }

    /** Every label on a version, in a stable order. A version without labels is deprecated. */
    public Set<StageLabel> labelsOf(VersionId versionId) {
        return Collections.unmodifiableSet(stages.on(versionId));
    }

    public Optional<SecretVersion> version(VersionId id) {
        return Optional.ofNullable(versions.get(id));
    }

    /**
     * The version a PutSecretValue retry names, if it exists, after the checks every PutSecretValue passes: the
     * secret is not pending deletion and is Generic.
     */
    public Optional<SecretVersion> existingVersionForRetry(VersionId id) {
        refuseWhilePendingDeletion();
        refuseManaged("PutSecretValue");
        return version(id);
    }

    /**
     * Adds a version (PutSecretValue) with exactly the given labels, ACSCurrent when none are given. Each label leaves
     * its former holder; if ACSCurrent moves, the former current becomes ACSPrevious (unless ACSPrevious itself was
     * asked for the new version). Beyond 10 versions the oldest
     * unlabelled ones are purged; their ids are returned. Fails without any change when more than 8 labels would
     * result.
     */
    public List<VersionId> putVersion(SecretVersion version, Set<StageLabel> labels, Instant now) {
        refuseWhilePendingDeletion();
        refuseManaged("PutSecretValue");
        if (versions.containsKey(version.id())) {
            throw new IllegalArgumentException("the version exists; idempotent retries are answered before this");
        }
        StageLabels next = new StageLabels(stages.asMap());
        // ACSCurrent first, so that its hand-over to ACSPrevious never overrides an explicitly requested label
        if (labels.isEmpty() || labels.contains(StageLabel.CURRENT)) {
            next.attach(StageLabel.CURRENT, version.id());
        }
        labels.stream().filter(label -> !label.equals(StageLabel.CURRENT))
                .forEach(label -> next.attach(label, version.id()));
        next.refuseTooMany();
        stages = next;
        versions.put(version.id(), version);
        updatedAt = now;
        return purgeBeyondLimit();
    }

    private List<VersionId> purgeBeyondLimit() {
        List<VersionId> purged = new java.util.ArrayList<>();
        var oldestFirst = versions.keySet().iterator();
        while (versions.size() - purged.size() > MAX_VERSIONS && oldestFirst.hasNext()) {
            VersionId candidate = oldestFirst.next();
            if (!stages.labelled(candidate)) {
                purged.add(candidate);
            }
        }
        purged.forEach(versions::remove);
        return purged;
    }

    /**
     * UpdateSecretVersionStage: removes the label from {@code removeFrom} and/or attaches it to {@code moveTo}.
     * The built-in labels can only be moved; moving ACSCurrent hands ACSPrevious to the version that lost it.
     */
    public void moveStage(StageLabel label, Optional<VersionId> removeFrom, Optional<VersionId> moveTo, Instant now) {
        refuseWhilePendingDeletion();
        refuseManaged("UpdateSecretVersionStage");
        removeFrom.ifPresent(this::existing);
        moveTo.ifPresent(this::existing);
        StageLabels next = new StageLabels(stages.asMap());
        if (removeFrom.isPresent()) {
            if (!removeFrom.equals(next.holder(label))) {
                throw new InvalidValue("RemoveFromVersion", "the version does not carry that stage label");
            }
            if (moveTo.isEmpty()) {
                next.detach(label, removeFrom.get());
            }
        }
        moveTo.ifPresent(target -> next.attach(label, target));
        next.refuseTooMany();
        stages = next;
        updatedAt = now;
    }

    private SecretVersion existing(VersionId id) {
        return version(id).orElseThrow(() -> new SecretNotFound("The secret version is not found."));
    }

    /** UpdateSecret: a new description (empty clears it). */
    public void describe(String newDescription, Instant now) {
        refuseWhilePendingDeletion();
        description = java.util.Objects.requireNonNull(newDescription, "newDescription");
        updatedAt = now;
    }

    /** UpdateSecret: replaces the CustomData of a managed secret's ExtendedConfig. */
    public void replaceCustomData(Map<String, Object> customData, Documents documents, Instant now) {
        refuseWhilePendingDeletion();
        ExtendedConfig config = extendedConfig.filter(c -> type.managed()).orElseThrow(() ->
                new InvalidValue("ExtendedConfig.CustomData", "only managed secrets have an ExtendedConfig"));
        extendedConfig = Optional.of(config.withCustomData(customData, documents));
        updatedAt = now;
    }

    /** Adds tags or overwrites the values of existing keys; at most 20 tags result. */
    public void tag(List<Tag> newTags, Instant now) {
        refuseWhilePendingDeletion();
        Map<String, Tag> byKey = new LinkedHashMap<>();
        tags.forEach(t -> byKey.put(t.key(), t));
        newTags.forEach(t -> byKey.put(t.key(), t));
        if (byKey.size() > SecretMetadata.MAX_TAGS) {
            throw new QuotaExceeded("A secret carries at most 20 tags.");
        }
        tags = List.copyOf(byKey.values());
        updatedAt = now;
    }

    /** Removes the tags with these keys; keys the secret does not carry are ignored. */
    public void untag(java.util.Collection<String> keys, Instant now) {
        refuseWhilePendingDeletion();
        tags = tags.stream().filter(t -> !keys.contains(t.key())).toList();
        updatedAt = now;
    }

    /** The managed type, for the rotation operations; Generic secrets rotate through PutSecretValue instead. */
    public ManagedSecretType managedType(String operation) {
        if (!(type instanceof ManagedSecretType managed)) {
            throw new UnsupportedOperation(operation + " applies to managed secrets only; Generic secrets rotate "
                    + "through PutSecretValue.");
        }
        return managed;
    }

    /**
     * The version a rotation replaces: the one holding the type's rotated label (ACSCurrent for one-account types,
     * ACSPrevious for two), or empty when no version holds it (a pair imported alone); after the checks every
     * rotation passes: managed, not pending deletion.
     */
    public Optional<SecretVersion> versionToReplace() {
        ManagedSecretType managed = managedType("RotateSecret");
        refuseWhilePendingDeletion();
        return stages.holder(managed.rotatedStage(extendedConfig.orElseThrow())).map(versions::get);
    }

    /** The version a rotation starts from: the one it replaces, or ACSCurrent when it replaces none. */
    public SecretVersion versionToRotate() {
        return versionToReplace().orElseGet(() -> versionLabelled(StageLabel.CURRENT));
    }

    /**
     * A rotation finished: the new version becomes ACSCurrent, the old current ACSPrevious, the former ACSPrevious
     * loses its label; the dates move on and a failing policy is Enabled again. Returns purged version ids.
     */
    public List<VersionId> completeRotation(SecretVersion version, Instant now) {
        managedType("RotateSecret");
        if (versions.containsKey(version.id())) {
            throw new IllegalArgumentException("the version exists; idempotent retries are answered before this");
        }
        stages.attach(StageLabel.CURRENT, version.id());
        versions.put(version.id(), version);
        rotation = rotation.succeeded(now);
        updatedAt = now;
        return purgeBeyondLimit();
    }

    /** An automatic rotation failed: labels stay, the next attempt backs off, repeated failures make it Invalid. */
    public void rotationFailed(Instant now, java.time.Duration retryBase, int invalidAfter) {
        rotation = rotation.failed(now, retryBase, invalidAfter);
        updatedAt = now;
    }

    /** UpdateSecretRotationPolicy: on with an interval, or off (empty). */
    public void changeRotationPolicy(Optional<RotationInterval> interval, Instant now) {
        managedType("UpdateSecretRotationPolicy");
        refuseWhilePendingDeletion();
        interval.ifPresent(type.capabilities()::checkInterval);
        rotation = interval.map(i -> rotation.enable(i, createdAt, now)).orElseGet(rotation::disable);
        updatedAt = now;
    }

    private void refuseManaged(String operation) {
        if (!type.capabilities().callerWritesVersions()) {
            throw new UnsupportedOperation(operation + " does not apply to " + type.name() + " secrets: the service "
                    + "makes their versions.");
        }
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
        return stages.asMap();
    }

    @Override
    public String toString() {
        return "Secret[" + account + ":" + name + ", " + type.name() + ", " + versions.size() + " versions]";
    }
}
