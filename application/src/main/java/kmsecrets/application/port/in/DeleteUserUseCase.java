package kmsecrets.application.port.in;

/** Administration: deletes the user with its access keys and policy attachments. */
public interface DeleteUserUseCase extends UseCase {
    void deleteUser(UserCommand command);
}
