package kmsecrets.application.service;

import java.time.Clock;
import java.time.Instant;
import kmsecrets.application.port.in.UpdateSecretCommand;
import kmsecrets.application.port.in.UpdateSecretUseCase;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.Documents;

/** UpdateSecret: description and CustomData; never a version. */
public final class UpdateSecretService implements UpdateSecretUseCase {
    private final SecretLookup lookup;
    private final SecretRepository secrets;
    private final Transactions transactions;
    private final Documents documents;
    private final Clock clock;

    public UpdateSecretService(SecretLookup lookup, SecretRepository secrets, Transactions transactions,
                               Documents documents, Clock clock) {
        this.lookup = lookup;
        this.secrets = secrets;
        this.transactions = transactions;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public SecretName updateSecret(UpdateSecretCommand command) {
        SecretName name = lookup.authorize(command.caller(), command.nameOrArn(), "kms:UpdateSecret");
        return transactions.inTransaction(() -> {
            Secret secret = lookup.loadForUpdate(command.caller(), name);
            Instant now = clock.instant();
            secret.refuseWhilePendingDeletion();
            command.description().ifPresent(d -> secret.describe(d, now));
            command.customData().ifPresent(data -> secret.replaceCustomData(data, documents, now));
            secrets.update(secret);
            return name;
        });
    }
}
