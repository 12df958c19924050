package kmsecrets.application.port.in;

import kmsecrets.domain.secret.SecretValue;

/** A new access key: its secret is shown once and stored only wrapped. */
public record NewAccessKey(String accessKeyId, SecretValue secret) {
}
