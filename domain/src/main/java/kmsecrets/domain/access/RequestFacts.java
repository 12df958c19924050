package kmsecrets.domain.access;

import java.util.Objects;
import java.util.Optional;

/** What a request tells about itself that policies may test: source address and whether it came over TLS. */
public record RequestFacts(Optional<String> sourceIp, boolean secureTransport) {
    public static final RequestFacts NONE = new RequestFacts(Optional.empty(), false);

    public RequestFacts {
        Objects.requireNonNull(sourceIp, "sourceIp");
    }
}
