package kmsecrets.adapter.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import kmsecrets.application.port.out.Envelope;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyVersion;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.SecretIdentity;
import kmsecrets.domain.secret.SecretValue;

/**
 * Envelope encryption of secret versions. Sealed layout: format byte 1, length of the wrapped data key
 * (2 bytes), the data key wrapped by the customer master key, then the value encrypted by the data key. Both
 * boxes carry the secret identity as associated data.
 */
public final class AesGcmEnvelope implements Envelope {
    private static final byte FORMAT = 1;

    private final MasterKey masterKey;
    private final AesGcm gcm;
    /** Unwrapped key-version material by version id: immutable once created, so safe to keep per node. */
    private final Map<String, SecretKey> customerKeys = new ConcurrentHashMap<>();

    public AesGcmEnvelope(MasterKey masterKey, SecureRandom random) {
        this.masterKey = masterKey;
        this.gcm = new AesGcm(random);
    }

    @Override
    public byte[] newKeyMaterial(String keyId) {
        byte[] material = gcm.randomKeyMaterial();
        try {
            return masterKey.wrap(material, materialContext(keyId));
        } finally {
            AesGcm.wipe(material);
        }
    }

    @Override
    public SealedValue seal(CustomerKey key, SecretIdentity identity, SecretValue value) {
        byte[] aad = identity.associatedData();
        byte[] dataKey = gcm.randomKeyMaterial();
        byte[] plaintext = value.bytes();
        try {
            KeyVersion primary = key.primary();
            byte[] wrappedDataKey = gcm.seal(material(primary), dataKey, dataKeyContext(aad));
            byte[] box = gcm.seal(AesGcm.key(dataKey), plaintext, aad);
            ByteBuffer sealed = ByteBuffer.allocate(3 + wrappedDataKey.length + box.length);
            sealed.put(FORMAT).putShort((short) wrappedDataKey.length).put(wrappedDataKey).put(box);
            return new SealedValue(key.keyId(), primary.versionId(), sealed.array());
        } finally {
            AesGcm.wipe(dataKey);
            AesGcm.wipe(plaintext);
        }
    }

    @Override
    public SecretValue open(KeyVersion version, SecretIdentity identity, SealedValue sealed) {
        if (!sealed.keyVersionId().equals(version.versionId()) || !sealed.keyId().equals(version.keyId())) {
            throw new AesGcm.SealBroken();
        }
        ByteBuffer in = ByteBuffer.wrap(sealed.ciphertext());
        if (in.remaining() < 3 || in.get() != FORMAT) {
            throw new AesGcm.SealBroken();
        }
        int wrappedLength = Short.toUnsignedInt(in.getShort());
        if (wrappedLength > in.remaining()) {
            throw new AesGcm.SealBroken();
        }
        byte[] wrappedDataKey = new byte[wrappedLength];
        in.get(wrappedDataKey);
        byte[] box = new byte[in.remaining()];
        in.get(box);
        byte[] aad = identity.associatedData();
        byte[] dataKey = gcm.open(material(version), wrappedDataKey, dataKeyContext(aad));
        try {
            byte[] plaintext = gcm.open(AesGcm.key(dataKey), box, aad);
            try {
                return SecretValue.of(plaintext);
            } finally {
                AesGcm.wipe(plaintext);
            }
        } finally {
            AesGcm.wipe(dataKey);
        }
    }

    SecretKey material(KeyVersion version) {
        return customerKeys.computeIfAbsent(version.versionId(), id -> {
            byte[] material = masterKey.unwrap(version.wrappedMaterial(), materialContext(version.keyId()));
            try {
                return AesGcm.key(material);
            } finally {
                AesGcm.wipe(material);
            }
        });
    }

    static String materialContext(String keyId) {
        return "customer-master-key:" + keyId;
    }

    private static byte[] dataKeyContext(byte[] identity) {
        return AesGcm.concat("data-key:".getBytes(StandardCharsets.UTF_8), identity);
    }
}
