package kmsecrets.application.port.out;

import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.SecretIdentity;
import kmsecrets.domain.secret.SecretValue;

/**
 * Envelope encryption: a fresh data key per value, wrapped by a customer master key whose material is in turn
 * wrapped by the master key. Ciphertexts are bound to the secret identity they were sealed for.
 */
public interface Envelope {
    /** New random key material for a customer master key, already wrapped by the master key. */
    byte[] newKeyMaterial(String keyId);

    SealedValue seal(CustomerKey key, SecretIdentity identity, SecretValue value);

    /** Fails (never returns garbage) when the ciphertext, key or identity do not belong together. */
    SecretValue open(CustomerKey key, SecretIdentity identity, SealedValue sealed);
}
