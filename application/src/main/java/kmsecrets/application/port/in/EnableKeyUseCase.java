package kmsecrets.application.port.in;

/** EnableKey: a Disabled key becomes usable again. */
public interface EnableKeyUseCase extends UseCase {
    void enableKey(KeyStateCommand command);
}
