package kmsecrets.domain.key;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.KeyStateConflict;
import kmsecrets.domain.error.KeyUnusable;
import kmsecrets.domain.error.Reason;
import kmsecrets.domain.error.UnsupportedOperation;

/**
 * A customer master key (symmetric, AES-256-GCM) with its primary version's material (wrapped by the master key
 * only; {@link #primary()}); older versions live on as {@link KeyVersion}s. It wraps
 * the data keys of the secret versions sealed under it. States: Enabled, Disabled, PendingDeletion (with a delete
 * date); CancelKeyDeletion returns a key to Enabled. The account's default key is service-managed: created on first
 * use and never disabled or deleted.
 */
public record CustomerKey(String keyId, AccountId account, KeyState state, boolean accountDefault,
                          byte[] wrappedMaterial, Instant createdAt, String description, Optional<Instant> deleteDate,
                          String primaryVersionId, Instant lastRotation, KeyRotation rotation) {
    public static final int MAX_DESCRIPTION = 8_192;

    public CustomerKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(state, "state");
        wrappedMaterial = Objects.requireNonNull(wrappedMaterial, "wrappedMaterial").clone();
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(deleteDate, "deleteDate");
        Objects.requireNonNull(primaryVersionId, "primaryVersionId");
        Objects.requireNonNull(lastRotation, "lastRotation");
        Objects.requireNonNull(rotation, "rotation");
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidValue("Description", "at most 8192 characters");
        }
        if ((state == KeyState.PENDING_DELETION) != deleteDate.isPresent()) {
            throw new IllegalArgumentException("a delete date goes with PendingDeletion, and only with it");
        }
    }

    /** A new key: its first version (material given) is primary. */
    public CustomerKey(String keyId, AccountId account, KeyState state, boolean accountDefault, byte[] wrappedMaterial,
                       Instant createdAt) {
        this(keyId, account, state, accountDefault, wrappedMaterial, createdAt, "", Optional.empty(),
                KeyVersion.initialId(keyId), createdAt, KeyRotation.OFF);
    }

    /** The version new encryptions use. */
    public KeyVersion primary() {
        return new KeyVersion(primaryVersionId, keyId, wrappedMaterial, lastRotation);
    }

    /** Manual or automatic rotation: the new version becomes primary. Only an Enabled user key rotates. */
    public CustomerKey rotateTo(KeyVersion version) {
        requireRotatable();
        if (!version.keyId().equals(keyId)) {
            throw new IllegalArgumentException("a version of another key");
        }
        return new CustomerKey(keyId, account, state, accountDefault, version.wrappedMaterial(), createdAt, description,
                deleteDate, version.versionId(), version.createdAt(), rotation.after(version.createdAt()));
    }

    /** UpdateRotationPolicy: an Enabled user key rotates automatically, or stops doing so. */
    public CustomerKey withRotation(KeyRotation policy) {
        requireRotatable();
        return new CustomerKey(keyId, account, state, accountDefault, wrappedMaterial, createdAt, description,
                deleteDate, primaryVersionId, lastRotation, policy);
    }

    /** Enabled, Disabled, or Suspended: configured, but the key is not Enabled so nothing rotates. */
    public String automaticRotation() {
        if (!rotation.enabled()) {
            return "Disabled";
        }
        return state == KeyState.ENABLED ? "Enabled" : "Suspended";
    }

    /** Refuses use for encryption or decryption unless Enabled. */
    public void requireUsable() {
        switch (state) {
            case DISABLED -> throw new KeyUnusable(Reason.KEY_DISABLED, "The key is disabled.");
            case PENDING_DELETION -> throw new KeyUnusable(Reason.KEY_PENDING_DELETION, "The key is pending deletion.");
            default -> { }
        }
    }

    /** Only an Enabled key of the user's rotates; the service-managed default key never does. */
    public void requireRotatable() {
        refuseIfDefault();
        requireUsable();
    }

    public CustomerKey enable() {
        refuseIfDefault();
        refuseIfPendingDeletion();
        return withState(KeyState.ENABLED, Optional.empty());
    }

    public CustomerKey disable() {
        refuseIfDefault();
        refuseIfPendingDeletion();
        return withState(KeyState.DISABLED, Optional.empty());
    }

    public CustomerKey scheduleDeletion(Instant now, int pendingWindowInDays) {
        refuseIfDefault();
        refuseIfPendingDeletion();
        if (pendingWindowInDays < 7 || pendingWindowInDays > 366) {
            throw new InvalidValue("PendingWindowInDays", "must lie between 7 and 366");
        }
        return withState(KeyState.PENDING_DELETION, Optional.of(now.plus(Duration.ofDays(pendingWindowInDays))));
    }

    public CustomerKey cancelDeletion() {
        if (state != KeyState.PENDING_DELETION) {
            throw new KeyStateConflict("The key is not pending deletion.");
        }
        return withState(KeyState.ENABLED, Optional.empty());
    }

    public CustomerKey describe(String newDescription) {
        return new CustomerKey(keyId, account, state, accountDefault, wrappedMaterial, createdAt, newDescription,
                deleteDate, primaryVersionId, lastRotation, rotation);
    }

    private CustomerKey withState(KeyState next, Optional<Instant> nextDeleteDate) {
        return new CustomerKey(keyId, account, next, accountDefault, wrappedMaterial, createdAt, description,
                nextDeleteDate, primaryVersionId, lastRotation, rotation);
    }

    private void refuseIfPendingDeletion() {
        if (state == KeyState.PENDING_DELETION) {
            throw new KeyStateConflict("The key is pending deletion.");
        }
    }

    private void refuseIfDefault() {
        if (accountDefault) {
            throw new UnsupportedOperation("The account's default key is managed by the service.");
        }
    }

    @Override
    public byte[] wrappedMaterial() {
        return wrappedMaterial.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerKey k && keyId.equals(k.keyId) && account.equals(k.account) && state == k.state
                && accountDefault == k.accountDefault && Arrays.equals(wrappedMaterial, k.wrappedMaterial)
                && createdAt.equals(k.createdAt) && description.equals(k.description) && deleteDate.equals(k.deleteDate)
                && primaryVersionId.equals(k.primaryVersionId) && lastRotation.equals(k.lastRotation)
                && rotation.equals(k.rotation);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode();
    }

    @Override
    public String toString() {
        return "CustomerKey[" + keyId + ", " + state + (accountDefault ? ", default" : "") + "]";
    }
}
