package kmsecrets.application.port.in;

import java.util.Optional;
import kmsecrets.domain.secret.SecretValue;

/** Makes sure the account has a root access key: the configured one, or a generated one reported once. */
public interface ProvisionRootAccessKeyUseCase extends UseCase {
    /** The generated key (id and secret) when one had to be created; empty otherwise. */
    Optional<GeneratedKey> provision(ProvisionRootAccessKeyCommand command);

    record ConfiguredKey(String accessKeyId, SecretValue secret) {
    }

    record GeneratedKey(String accessKeyId, SecretValue secret) {
    }
}
