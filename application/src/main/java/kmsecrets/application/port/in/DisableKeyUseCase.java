package kmsecrets.application.port.in;

/** DisableKey: the key stays but refuses every cryptographic operation. */
public interface DisableKeyUseCase extends UseCase {
    void disableKey(KeyStateCommand command);
}
