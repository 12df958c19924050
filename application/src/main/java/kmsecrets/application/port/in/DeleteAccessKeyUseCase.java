package kmsecrets.application.port.in;

/** Administration: removes an access key. */
public interface DeleteAccessKeyUseCase extends UseCase {
    void deleteAccessKey(AccessKeyCommand command);
}
