package kmsecrets.application.port.in;

/** UpdateAlias: points an existing alias at another key. */
public interface UpdateAliasUseCase extends UseCase {
    void updateAlias(AliasCommand command);
}
