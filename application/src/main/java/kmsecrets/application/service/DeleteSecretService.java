package kmsecrets.application.service;

import java.time.Clock;
import java.time.Instant;
import kmsecrets.application.port.in.DeleteSecretCommand;
import kmsecrets.application.port.in.DeleteSecretResult;
import kmsecrets.application.port.in.DeleteSecretUseCase;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.secret.RecoveryWindow;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretName;

/** DeleteSecret: a recovery window (default 30 days), or immediate destruction when forced. */
public final class DeleteSecretService implements DeleteSecretUseCase {
    private final SecretLookup lookup;
    private final SecretRepository secrets;
    private final Transactions transactions;
    private final Clock clock;

    public DeleteSecretService(SecretLookup lookup, SecretRepository secrets, Transactions transactions,
                               Clock clock) {
        this.lookup = lookup;
        this.secrets = secrets;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public DeleteSecretResult deleteSecret(DeleteSecretCommand command) {
        SecretName name = lookup.authorize(command.caller(), command.nameOrArn(), "kms:DeleteSecret");
        return transactions.inTransaction(() -> {
            Secret secret = lookup.loadForUpdate(command.caller(), name);
            Instant now = clock.instant();
            if (command.force()) {
                secrets.delete(secret.account(), secret.name());
                return new DeleteSecretResult(name, now);
            }
            Instant planned = secret.scheduleDeletion(now, command.window().orElse(RecoveryWindow.DEFAULT));
            secrets.update(secret);
            return new DeleteSecretResult(name, planned);
        });
    }
}
