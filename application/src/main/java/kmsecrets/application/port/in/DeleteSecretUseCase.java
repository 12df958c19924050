package kmsecrets.application.port.in;

/** DeleteSecret: starts the recovery window, or destroys the secret at once when forced. */
public interface DeleteSecretUseCase extends UseCase {
    DeleteSecretResult deleteSecret(DeleteSecretCommand command);
}
