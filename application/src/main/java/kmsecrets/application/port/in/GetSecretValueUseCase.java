package kmsecrets.application.port.in;

/** GetSecretValue: the plaintext of one secret version. The hot path of the service. */
public interface GetSecretValueUseCase {
    GetSecretValueResult getSecretValue(GetSecretValueQuery query);
}
