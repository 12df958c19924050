package kmsecrets.application.port.in;

/** CreateKeyVersion: a new primary version (Enabled user keys; at most 50; not more often than the minimum interval). */
public interface CreateKeyVersionUseCase extends UseCase {
    KeyVersionInfo createKeyVersion(CreateKeyVersionCommand command);
}
