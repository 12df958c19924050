package kmsecrets.application.port.in;

/** Administration: a principal that signs with access keys of its own. */
public interface CreateUserUseCase extends UseCase {
    void createUser(UserCommand command);
}
