package kmsecrets.adapter.canary;

/** Deliberately wrong: an adapter that reaches past the ports into a service. */
public final class CanaryAdapterUsesService {
    public Class<?> service() {
        return kmsecrets.application.service.CreateSecretService.class;
    }
}
