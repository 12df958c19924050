package kmsecrets.application.service;

import java.time.Clock;
import kmsecrets.application.port.in.TagSecretsCommand;
import kmsecrets.application.port.in.TagSecretsUseCase;

/** Tags secrets: every named secret gets every tag (the secret enforces its 20-tag limit), or nothing changes. */
public final class TagSecretsService implements TagSecretsUseCase {
    private final SecretChanges edits;
    private final Clock clock;

    public TagSecretsService(SecretChanges edits, Clock clock) {
        this.edits = edits;
        this.clock = clock;
    }

    @Override
    public void tagSecrets(TagSecretsCommand command) {
        edits.apply(command.caller(), command.action(), command.namesOrArns(),
                secret -> secret.tag(command.tags(), clock.instant()));
    }
}
