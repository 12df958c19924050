package kmsecrets.application.port.in;

/** GetSecretValue: the plaintext of one secret version. The hot path of the service. */
public interface GetSecretValueUseCase extends ReadUseCase {
    GetSecretValueResult getSecretValue(GetSecretValueQuery query);
}
