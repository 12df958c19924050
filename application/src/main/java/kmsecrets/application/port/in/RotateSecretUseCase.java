package kmsecrets.application.port.in;

/**
 * RotateSecret: changes the credential on its target and moves the labels. Answers at once, without a second
 * rotation, when the version exists or its rotation is already running. It commits in steps of its own (the intent
 * before the target is changed), so its audit event commits after it.
 */
public interface RotateSecretUseCase extends UseCase {
    RotateSecretResult rotateSecret(RotateSecretCommand command);

    @Override
    default Commit commit() {
        return Commit.AFTER_WORK;
    }
}
