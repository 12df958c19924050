package kmsecrets.application.service;

import java.time.Clock;
import kmsecrets.application.port.in.RestoreSecretCommand;
import kmsecrets.application.port.in.RestoreSecretUseCase;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretName;

/** RestoreSecret: ends the recovery window of a secret scheduled for deletion. */
public final class RestoreSecretService implements RestoreSecretUseCase {
    private final SecretLookup lookup;
    private final SecretRepository secrets;
    private final Transactions transactions;
    private final Clock clock;

    public RestoreSecretService(SecretLookup lookup, SecretRepository secrets, Transactions transactions,
                                Clock clock) {
        this.lookup = lookup;
        this.secrets = secrets;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SecretName restoreSecret(RestoreSecretCommand command) {
        SecretName name = lookup.authorize(command.caller(), command.nameOrArn(), "kms:RestoreSecret");
        return transactions.inTransaction(() -> {
            Secret secret = lookup.loadForUpdate(command.caller(), name);
            secret.cancelDeletion(clock.instant());
            secrets.update(secret);
            return name;
        });
    }
}
