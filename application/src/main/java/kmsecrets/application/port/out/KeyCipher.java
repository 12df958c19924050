package kmsecrets.application.port.out;

import java.util.Map;
import kmsecrets.domain.key.KeyVersion;

/**
 * The cryptographic operations on caller data (Encrypt, Decrypt, GenerateDataKey, ReEncrypt). A ciphertext blob names
 * the key version that made it and is bound to its encryption context; its layout belongs to the adapter.
 */
public interface KeyCipher {
    byte[] encrypt(KeyVersion version, byte[] plaintext, Map<String, String> context);

    /** The key version a blob names; refuses (InvalidValue) a blob this service did not make. */
    String keyVersionOf(byte[] blob);

    /** Refuses (InvalidValue) a blob that was altered or comes with another context. */
    byte[] decrypt(KeyVersion version, byte[] blob, Map<String, String> context);
}
