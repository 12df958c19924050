package kmsecrets.application.port.in;

import jakarta.validation.constraints.AssertTrue;

/**
 * Commands whose KeyId must be a key id, not an alias (EnableKey, DisableKey, CancelKeyDeletion,
 * ScheduleKeyDeletion, UpdateKeyDescription, UpdateRotationPolicy); checked with the command's other constraints.
 */
public interface NamesKeyById {
    String keyId();

    @AssertTrue(message = "KeyId must be a key id here, not an alias")
    default boolean isKeyIdNotAlias() {
        return keyId() == null || !keyId().startsWith("alias/");
    }
}
