package kmsecrets.application.service;

import kmsecrets.application.port.in.BatchCommand;
import java.time.Clock;
import java.util.List;
import kmsecrets.application.port.in.PurgeDeletedSecretsUseCase;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Arns;

/** Deletes secrets whose recovery window has passed; the repository's row claiming keeps nodes apart. */
public final class PurgeDeletedSecretsService implements PurgeDeletedSecretsUseCase {
    private final SecretRepository secrets;
    private final Transactions transactions;
    private final ServiceSettings settings;
    private final Clock clock;

    public PurgeDeletedSecretsService(SecretRepository secrets, Transactions transactions, ServiceSettings settings,
                                      Clock clock) {
        this.secrets = secrets;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<String> purgeDue(BatchCommand command) {
        int batch = command.size();
        return transactions.inTransaction(() -> secrets.purgeDue(clock.instant(), batch)).stream()
                .map(p -> new Arns(settings.region(), p.account()).secret(p.name()))
                .toList();
    }
}
