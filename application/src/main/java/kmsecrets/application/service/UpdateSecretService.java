package kmsecrets.application.service;

import java.time.Clock;
import java.time.Instant;
import kmsecrets.application.port.in.UpdateSecretCommand;
import kmsecrets.application.port.in.UpdateSecretUseCase;
import kmsecrets.domain.secret.Documents;
import kmsecrets.domain.secret.SecretName;

/** UpdateSecret: description and CustomData; never a version. */
public final class UpdateSecretService implements UpdateSecretUseCase {
    private final SecretChanges changes;
    private final Documents documents;
    private final Clock clock;

    public UpdateSecretService(SecretChanges changes, Documents documents, Clock clock) {
        this.changes = changes;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public SecretName updateSecret(UpdateSecretCommand command) {
        return changes.change(command.caller(), command.nameOrArn(), "kms:UpdateSecret", secret -> {
            Instant now = clock.instant();
            secret.refuseWhilePendingDeletion();
            command.description().ifPresent(d -> secret.describe(d, now));
            command.customData().ifPresent(data -> secret.replaceCustomData(data, documents, now));
        });
    }
}
