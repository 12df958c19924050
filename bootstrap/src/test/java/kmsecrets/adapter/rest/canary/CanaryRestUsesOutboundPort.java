package kmsecrets.adapter.rest.canary;

/** Deliberately wrong: the driving adapter reaching for an outbound port. */
public final class CanaryRestUsesOutboundPort {
    public Class<?> port() {
        return kmsecrets.application.port.out.SecretRepository.class;
    }
}
