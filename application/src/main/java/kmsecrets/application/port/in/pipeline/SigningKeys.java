package kmsecrets.application.port.in.pipeline;

import java.util.Optional;

/** Looks up the access key that signed a request. */
public interface SigningKeys {
    Optional<SigningKey> find(String accessKeyId);
}
