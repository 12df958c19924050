package kmsecrets.application.port.in;

/** UpdateSecretRotationPolicy: turns automatic rotation of a managed secret on or off. */
public interface UpdateSecretRotationPolicyUseCase extends UseCase {
    kmsecrets.domain.secret.SecretName updateSecretRotationPolicy(UpdateSecretRotationPolicyCommand command);
}
