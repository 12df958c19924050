package kmsecrets.application.port.in.pipeline;

import java.util.Objects;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.SecretValue;

/** An access key as request authentication needs it: who it stands for, its secret, and whether it is enabled. */
public record SigningKey(Caller caller, SecretValue secret, boolean enabled) {
    public SigningKey {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(secret, "secret");
    }
}
