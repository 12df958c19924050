package kmsecrets.application.port.in;

/** Administration: checks the document against the supported grammar, then stores it. */
public interface CreatePolicyUseCase extends UseCase {
    void createPolicy(CreatePolicyCommand command);
}
