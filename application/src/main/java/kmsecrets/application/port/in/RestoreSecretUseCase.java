package kmsecrets.application.port.in;

import kmsecrets.domain.secret.SecretName;

/** RestoreSecret: a secret pending deletion becomes fully usable again. */
public interface RestoreSecretUseCase {
    SecretName restoreSecret(RestoreSecretCommand command);
}
