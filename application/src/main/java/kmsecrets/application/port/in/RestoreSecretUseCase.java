package kmsecrets.application.port.in;

import kmsecrets.domain.secret.SecretName;

/** RestoreSecret: a secret pending deletion becomes fully usable again. */
public interface RestoreSecretUseCase extends UseCase {
    SecretName restoreSecret(RestoreSecretCommand command);
}
