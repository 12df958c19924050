package kmsecrets.application.port.out;

/** Deliberately wrong: an outbound port that knows an inbound one. */
public interface CanaryOutUsesIn {
    kmsecrets.application.port.in.CreateSecretUseCase useCase();
}
