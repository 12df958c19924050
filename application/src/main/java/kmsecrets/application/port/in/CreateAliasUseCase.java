package kmsecrets.application.port.in;

/** CreateAlias: a new name for a key that is not pending deletion. */
public interface CreateAliasUseCase extends UseCase {
    void createAlias(AliasCommand command);
}
