package kmsecrets.application.port.in;

/** UpdateRotationPolicy: automatic rotation of a key, every 7 to 730 days, or none. */
public interface UpdateRotationPolicyUseCase extends UseCase {
    void updateRotationPolicy(UpdateRotationPolicyCommand command);
}
