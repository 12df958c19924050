package kmsecrets.application.port.out;

import kmsecrets.domain.secret.SecretValue;

/** Protects small credentials (access key secrets) directly under the master key, bound to a context. */
public interface MasterKeyCipher {
    byte[] wrap(SecretValue plaintext, String context);

    SecretValue unwrap(byte[] wrapped, String context);
}
