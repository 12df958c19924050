package kmsecrets.application.port.in;

/** BatchGetSecretValue: one entry's failure never affects the others. */
public interface BatchGetSecretValueUseCase extends ReadUseCase {
    BatchGetSecretValueResult batchGetSecretValue(BatchGetSecretValueQuery query);
}
