package kmsecrets.application.port.in;

import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.VersionId;

/** RotateSecret and UpdateSecretRotationPolicy, for managed secrets. */
public interface SecretRotationUseCases {
    /**
     * Changes the credential on its target and moves the labels. Answers at once, without a second rotation, when
     * the version exists or its rotation is already running.
     */
    Rotated rotateSecret(RotateSecretCommand command);

    SecretName updateSecretRotationPolicy(UpdateSecretRotationPolicyCommand command);

    record Rotated(String arn, SecretName name, VersionId versionId) {
    }
}
