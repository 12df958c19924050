package kmsecrets.application.port.in;

/** Administration: a new access key for an existing user. */
public interface CreateAccessKeyUseCase extends UseCase {
    NewAccessKey createAccessKey(UserCommand command);
}
