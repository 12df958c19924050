package kmsecrets.adapter.rest;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the REST adapter serves to operators beside the API: the health probes ({@code /health},
 * {@code /health/live}, {@code /health/ready}), the version they report, {@code /metrics}, and the observer told of
 * every request (access log and metrics).
 *
 * @param readiness why the node cannot serve requests now; empty while it can
 * @param metrics the Prometheus text of {@code /metrics}; empty where no metrics are kept (404)
 */
public record Operations(Supplier<Optional<String>> readiness, String version, RequestObserver observer,
                         Optional<Supplier<String>> metrics) {
    /** Probes only: no metrics, no observer. */
    public static Operations probes(Supplier<Optional<String>> readiness, String version) {
        return new Operations(readiness, version, RequestObserver.NONE, Optional.empty());
    }
}
