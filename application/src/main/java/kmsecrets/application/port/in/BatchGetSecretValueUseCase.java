package kmsecrets.application.port.in;

/** BatchGetSecretValue: one entry's failure never affects the others. */
public interface BatchGetSecretValueUseCase {
    BatchGetSecretValueResult batchGetSecretValue(BatchGetSecretValueQuery query);
}
