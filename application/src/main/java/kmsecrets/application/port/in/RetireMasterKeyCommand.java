package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The id of the key to forget (16 hex digits, as master-key status shows it). */
public record RetireMasterKeyCommand(@NotNull @Pattern(regexp = "[0-9a-f]{16}") String keyId) {
    public RetireMasterKeyCommand(String keyId) {
        this.keyId = keyId;
        CommandValidation.check(this);
    }
}
