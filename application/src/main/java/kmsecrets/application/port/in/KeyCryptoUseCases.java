package kmsecrets.application.port.in;

import java.util.Map;
import java.util.Optional;
import kmsecrets.domain.access.Caller;

/**
 * Encrypt, Decrypt, GenerateDataKey (with or without plaintext) and ReEncrypt. The key must be Enabled; Decrypt takes
 * no key: the blob names its key version.
 */
public interface KeyCryptoUseCases {
    /** Largest Plaintext Encrypt accepts. */
    int MAX_PLAINTEXT = 6_144;

    Ciphertext encrypt(Caller caller, String keyIdOrArn, byte[] plaintext, Map<String, String> context);

    Plaintext decrypt(Caller caller, byte[] blob, Map<String, String> context);

    DataKey generateDataKey(Caller caller, String keyIdOrArn, int numberOfBytes, Map<String, String> context,
                            boolean withPlaintext);

    Ciphertext reEncrypt(Caller caller, byte[] blob, Map<String, String> sourceContext, String destinationKeyIdOrArn,
                         Map<String, String> destinationContext);

    record Ciphertext(String keyId, String keyVersionId, byte[] blob) {
    }

    record Plaintext(String keyId, String keyVersionId, byte[] plaintext) {
        @Override
        public String toString() {
            return "Plaintext[" + keyVersionId + ", redacted]";
        }
    }

    record DataKey(String keyId, String keyVersionId, byte[] blob, Optional<byte[]> plaintext) {
        @Override
        public String toString() {
            return "DataKey[" + keyVersionId + ", redacted]";
        }
    }
}
