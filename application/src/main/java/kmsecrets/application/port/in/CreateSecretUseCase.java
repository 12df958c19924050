package kmsecrets.application.port.in;

/**
 * CreateSecret: stores a new secret with its first versions. It commits in steps of its own: a type whose accounts
 * the service creates commits the secret with a creation intent before it touches the target, never holding a
 * transaction open across the target's answer; so its audit event commits after it.
 */
public interface CreateSecretUseCase extends UseCase {
    CreateSecretResult createSecret(CreateSecretCommand command);

    @Override
    default Commit commit() {
        return Commit.AFTER_WORK;
    }
}
