package kmsecrets.application.service;

import java.time.Clock;
import kmsecrets.application.port.in.UpdateSecretVersionStageCommand;
import kmsecrets.application.port.in.UpdateSecretVersionStageUseCase;
import kmsecrets.domain.secret.SecretName;

/** UpdateSecretVersionStage, under the secret's row lock. */
public final class UpdateSecretVersionStageService implements UpdateSecretVersionStageUseCase {
    private final SecretChanges changes;
    private final Clock clock;

    public UpdateSecretVersionStageService(SecretChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public SecretName updateSecretVersionStage(UpdateSecretVersionStageCommand command) {
        return changes.change(command.caller(), command.nameOrArn(), "kms:UpdateSecretVersionStage", secret -> secret.moveStage(command.stage(),
                command.removeFrom(), command.moveTo(), clock.instant()));
    }
}
