package kmsecrets.application.port.in;

/** Administration: the user loses the policy's permissions. */
public interface DetachPolicyUseCase extends UseCase {
    void detachPolicy(PolicyAttachmentCommand command);
}
