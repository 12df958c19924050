package kmsecrets.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kmsecrets.application.port.in.TagSecretsCommand;
import kmsecrets.application.port.in.TagSecretsUseCase;
import kmsecrets.application.port.in.UntagSecretsCommand;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.Secret;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.Tag;

/** Tags and untags secrets in one transaction: a missing secret or a broken limit changes none of them. */
public final class TagSecretsService implements TagSecretsUseCase {
    private final SecretLookup lookup;
    private final SecretRepository secrets;
    private final Transactions transactions;
    private final Clock clock;

    public TagSecretsService(SecretLookup lookup, SecretRepository secrets, Transactions transactions, Clock clock) {
        this.lookup = lookup;
        this.secrets = secrets;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void tagSecrets(TagSecretsCommand command) {
        List<Tag> tags = command.tags();
        forEachSecret(command.caller(), command.action(), command.namesOrArns(),
                (secret) -> secret.tag(tags, clock.instant()));
    }

    @Override
    public void untagSecrets(UntagSecretsCommand command) {
        forEachSecret(command.caller(), command.action(), command.namesOrArns(), secret -> {
            Instant now = clock.instant();
            secret.untag(command.all() && command.keys().isEmpty()
                    ? secret.metadata().tags().stream().map(Tag::key).toList() : command.keys(), now);
        });
    }

    private void forEachSecret(Caller caller, String action, List<String> namesOrArns, Consumer<Secret> change) {
        List<SecretName> names = new ArrayList<>();
        for (String nameOrArn : namesOrArns) {
            names.add(lookup.authorize(caller, nameOrArn, action));
        }
        transactions.inTransaction(() -> {
            for (SecretName name : names) {
                Secret secret = lookup.loadForUpdate(caller, name);
                change.accept(secret);
                secrets.update(secret);
            }
            return names.size();
        });
    }
}
