package kmsecrets.application.service;

import java.time.Clock;
import kmsecrets.application.port.in.UpdateSecretVersionStageCommand;
import kmsecrets.application.port.in.UpdateSecretVersionStageUseCase;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretName;

/** UpdateSecretVersionStage, under the secret's row lock. */
public final class UpdateSecretVersionStageService implements UpdateSecretVersionStageUseCase {
    private final SecretLookup lookup;
    private final SecretRepository secrets;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateSecretVersionStageService(SecretLookup lookup, SecretRepository secrets, Transactions transactions,
                                           Clock clock) {
        this.lookup = lookup;
        this.secrets = secrets;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SecretName updateSecretVersionStage(UpdateSecretVersionStageCommand command) {
        SecretName name = lookup.authorize(command.caller(), command.nameOrArn(), "kms:UpdateSecretVersionStage");
        return transactions.inTransaction(() -> {
            Secret secret = lookup.loadForUpdate(command.caller(), name);
            secret.moveStage(command.stage(), command.removeFrom(), command.moveTo(), clock.instant());
            secrets.update(secret);
            return name;
        });
    }
}
