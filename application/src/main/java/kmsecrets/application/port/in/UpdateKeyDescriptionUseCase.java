package kmsecrets.application.port.in;

/** UpdateKeyDescription: replaces the key's description. */
public interface UpdateKeyDescriptionUseCase extends UseCase {
    void updateKeyDescription(UpdateKeyDescriptionCommand command);
}
