package kmsecrets.adapter.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.SecretKey;

/** The root of the key hierarchy: wraps customer master key material and access key secrets, nothing else. */
public final class MasterKey {
    private final SecretKey key;
    private final AesGcm gcm;

    MasterKey(byte[] material, SecureRandom random) {
        this.key = AesGcm.key(material);
        this.gcm = new AesGcm(random);
    }

    byte[] wrap(byte[] plaintext, String context) {
        return gcm.seal(key, plaintext, context.getBytes(StandardCharsets.UTF_8));
    }

    byte[] unwrap(byte[] wrapped, String context) {
        return gcm.open(key, wrapped, context.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "MasterKey[redacted]";
    }
}
