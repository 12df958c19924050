package kmsecrets.application.port.in;

/** DeleteAlias: removes an alias. */
public interface DeleteAliasUseCase extends UseCase {
    void deleteAlias(DeleteAliasCommand command);
}
