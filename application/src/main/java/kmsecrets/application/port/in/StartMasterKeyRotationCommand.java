package kmsecrets.application.port.in;

import java.util.Objects;
import kmsecrets.domain.secret.SecretValue;

/** The new master key's 32 bytes. */
public record StartMasterKeyRotationCommand(SecretValue newKey) {
    public StartMasterKeyRotationCommand {
        Objects.requireNonNull(newKey, "newKey");
        if (newKey.length() != 32) {
            throw new IllegalArgumentException("a master key is 32 bytes, not " + newKey.length());
        }
    }

    @Override
    public String toString() {
        return "StartMasterKeyRotationCommand[newKey=redacted]";
    }
}
