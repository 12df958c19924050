package kmsecrets.application.port.in;

import kmsecrets.domain.secret.SecretName;

/** UpdateSecretVersionStage: moves one stage label of a Generic secret. */
public interface UpdateSecretVersionStageUseCase extends UseCase {
    SecretName updateSecretVersionStage(UpdateSecretVersionStageCommand command);
}
