package kmsecrets.application.port.in;

import java.util.List;
import kmsecrets.domain.access.Caller;

/**
 * Key lifecycle operations: CreateKey, DescribeKey, ListKeys, EnableKey, DisableKey, ScheduleKeyDeletion,
 * CancelKeyDeletion, UpdateKeyDescription. Each authorizes {@code kms:<Operation>} on the key (the key container for
 * CreateKey and ListKeys).
 */
public interface KeyUseCases {
    KeyMetadata createKey(CreateKeyCommand command);

    KeyMetadata describeKey(Caller caller, String keyIdOrArn);

    KeyPage listKeys(Caller caller, Page page);

    void enableKey(Caller caller, String keyId);

    void disableKey(Caller caller, String keyId);

    KeyMetadata scheduleKeyDeletion(Caller caller, String keyId, int pendingWindowInDays);

    void cancelKeyDeletion(Caller caller, String keyId);

    void updateKeyDescription(Caller caller, String keyId, String description);

    /** UpdateRotationPolicy: RotationInterval (7d to 730d) is required when enabling. */
    void updateRotationPolicy(Caller caller, String keyId, boolean enable, java.util.Optional<String> interval);

    /** CreateKeyVersion: a new primary version (Enabled user keys; at most 50; not more often than the minimum). */
    KeyVersionInfo createKeyVersion(Caller caller, String keyIdOrArn);

    KeyVersionPage listKeyVersions(Caller caller, String keyIdOrArn, Page page);

    KeyVersionInfo describeKeyVersion(Caller caller, String keyIdOrArn, String keyVersionId);

    record KeyPage(Page page, long totalCount, List<KeyMetadata> keys) {
    }

    record KeyVersionInfo(String keyId, String keyVersionId, java.time.Instant creationDate) {
    }

    record KeyVersionPage(Page page, long totalCount, List<KeyVersionInfo> versions) {
    }
}
