package kmsecrets.application.port.in;

/** Administration: the user gets the policy's permissions. */
public interface AttachPolicyUseCase extends UseCase {
    void attachPolicy(PolicyAttachmentCommand command);
}
