package kmsecrets.application.port.in;

/** Deliberately wrong: an inbound port that knows an outbound one. */
public interface CanaryInUsesOut {
    kmsecrets.application.port.out.SecretRepository repository();
}
