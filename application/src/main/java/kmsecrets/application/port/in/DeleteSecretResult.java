package kmsecrets.application.port.in;

import java.time.Instant;
import kmsecrets.domain.secret.SecretName;

/** The deleted secret and when it is (or was) removed for good. */
public record DeleteSecretResult(SecretName name, Instant plannedDeleteTime) {
}
