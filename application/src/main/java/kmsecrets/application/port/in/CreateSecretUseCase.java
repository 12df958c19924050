package kmsecrets.application.port.in;

/** CreateSecret: stores a new secret with its first version labelled ACSCurrent. */
public interface CreateSecretUseCase extends UseCase {
    CreateSecretResult createSecret(CreateSecretCommand command);
}
