package kmsecrets.application.port.in;

import kmsecrets.domain.secret.SecretName;

/** UpdateSecret: never creates a version. */
public interface UpdateSecretUseCase extends UseCase {
    SecretName updateSecret(UpdateSecretCommand command);
}
