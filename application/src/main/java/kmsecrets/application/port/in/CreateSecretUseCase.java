package kmsecrets.application.port.in;

/** CreateSecret: stores a new secret with its first version labelled ACSCurrent. */
public interface CreateSecretUseCase {
    CreateSecretResult createSecret(CreateSecretCommand command);
}
