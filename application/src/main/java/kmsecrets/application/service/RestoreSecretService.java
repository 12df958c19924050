package kmsecrets.application.service;

import java.time.Clock;
import kmsecrets.application.port.in.RestoreSecretCommand;
import kmsecrets.application.port.in.RestoreSecretUseCase;
import kmsecrets.domain.secret.SecretName;

/** RestoreSecret: ends the recovery window of a secret scheduled for deletion. */
public final class RestoreSecretService implements RestoreSecretUseCase {
    private final SecretChanges changes;
    private final Clock clock;

    public RestoreSecretService(SecretChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public SecretName restoreSecret(RestoreSecretCommand command) {
        return changes.change(command.caller(), command.nameOrArn(), "kms:RestoreSecret", secret -> secret.cancelDeletion(clock.instant()));
    }
}
