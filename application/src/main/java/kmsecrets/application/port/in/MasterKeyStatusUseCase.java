package kmsecrets.application.port.in;

/** master-key status: every master key of the deployment and how many blobs each still wraps. */
public interface MasterKeyStatusUseCase extends ReadUseCase {
    MasterKeyStatus status(MasterKeyStatusQuery query);
}
