package kmsecrets.adapter.persistence.canary;

/** Deliberately wrong: a driven adapter calling back into a use case. */
public final class CanaryPersistenceCallsUseCase {
    public Class<?> useCase() {
        return kmsecrets.application.port.in.GetSecretValueUseCase.class;
    }
}
