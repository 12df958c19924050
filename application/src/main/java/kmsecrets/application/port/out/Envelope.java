package kmsecrets.application.port.out;

import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyVersion;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.SecretIdentity;
import kmsecrets.domain.secret.SecretValue;

/**
 * Envelope encryption: a fresh data key per value, wrapped by the primary version of a customer master key whose
 * material is in turn wrapped by the master key. Ciphertexts are bound to the secret identity they were sealed for.
 */
public interface Envelope {
    /** New random key material for a version of a customer master key, already wrapped by the master key. */
    byte[] newKeyMaterial(String keyId);

    /** Seals under the key's primary version. */
    SealedValue seal(CustomerKey key, SecretIdentity identity, SecretValue value);

    /** Fails (never returns garbage) when the ciphertext, key version or identity do not belong together. */
    SecretValue open(KeyVersion version, SecretIdentity identity, SealedValue sealed);
}
