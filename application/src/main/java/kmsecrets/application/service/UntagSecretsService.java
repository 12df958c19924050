package kmsecrets.application.service;

import java.time.Clock;
import kmsecrets.application.port.in.UntagSecretsCommand;
import kmsecrets.application.port.in.UntagSecretsUseCase;
import kmsecrets.domain.secret.Tag;

/** Untags secrets: the named tag keys, or every tag when All is set without keys. */
public final class UntagSecretsService implements UntagSecretsUseCase {
    private final SecretChanges edits;
    private final Clock clock;

    public UntagSecretsService(SecretChanges edits, Clock clock) {
        this.edits = edits;
        this.clock = clock;
    }

    @Override
    public void untagSecrets(UntagSecretsCommand command) {
        edits.apply(command.caller(), command.action(), command.namesOrArns(), secret -> secret.untag(
                command.all() && command.keys().isEmpty()
                        ? secret.metadata().tags().stream().map(Tag::key).toList() : command.keys(),
                clock.instant()));
    }
}
