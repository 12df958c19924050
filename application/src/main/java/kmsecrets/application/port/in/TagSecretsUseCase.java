package kmsecrets.application.port.in;

/** Tagging secrets: all-or-nothing over the named secrets. */
public interface TagSecretsUseCase extends UseCase {
    void tagSecrets(TagSecretsCommand command);
}
