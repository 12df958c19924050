package kmsecrets.application.service;

import java.time.Clock;
import kmsecrets.application.port.in.UpdateSecretRotationPolicyCommand;
import kmsecrets.application.port.in.UpdateSecretRotationPolicyUseCase;
import kmsecrets.domain.secret.SecretName;

/** UpdateSecretRotationPolicy: the secret decides (managed types only; the next date counts from now). */
public final class UpdateSecretRotationPolicyService implements UpdateSecretRotationPolicyUseCase {
    private final SecretChanges changes;
    private final Clock clock;

    public UpdateSecretRotationPolicyService(SecretChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public SecretName updateSecretRotationPolicy(UpdateSecretRotationPolicyCommand command) {
        return changes.change(command.caller(), command.nameOrArn(), "kms:UpdateSecretRotationPolicy", secret -> secret.changeRotationPolicy(command.interval(), clock.instant()));
    }
}
