package kmsecrets.adapter.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.TreeMap;
import kmsecrets.application.port.out.KeyCipher;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.key.KeyVersion;

/**
 * Ciphertext blobs of Encrypt and GenerateDataKey: magic "KS", format 1, the key version id (length-prefixed), then
 * AES-256-GCM (nonce, ciphertext, tag). The key version id and the canonical encryption context (sorted, each name and
 * value length-prefixed) are the associated data, so a blob opens only with its version and its context.
 */
public final class AesGcmKeyCipher implements KeyCipher {
    private static final byte[] MAGIC = {'K', 'S'};
    private static final byte FORMAT = 1;

    private final AesGcmEnvelope keys;
    private final AesGcm gcm;

    public AesGcmKeyCipher(AesGcmEnvelope keys, SecureRandom random) {
        this.keys = keys;
        this.gcm = new AesGcm(random);
    }

    @Override
    public byte[] encrypt(KeyVersion version, byte[] plaintext, Map<String, String> context) {
        byte[] id = version.versionId().getBytes(StandardCharsets.US_ASCII);
        byte[] box = gcm.seal(keys.material(version), plaintext, associatedData(version.versionId(), context));
        return ByteBuffer.allocate(4 + id.length + box.length).put(MAGIC).put(FORMAT).put((byte) id.length).put(id)
                .put(box).array();
    }

    @Override
    public String keyVersionOf(byte[] blob) {
        if (blob.length < 4 || blob[0] != MAGIC[0] || blob[1] != MAGIC[1] || blob[2] != FORMAT
                || blob.length < 4 + Byte.toUnsignedInt(blob[3])) {
            throw notOurs();
        }
        return new String(blob, 4, Byte.toUnsignedInt(blob[3]), StandardCharsets.US_ASCII);
    }

    @Override
    public byte[] decrypt(KeyVersion version, byte[] blob, Map<String, String> context) {
        String named = keyVersionOf(blob);
        if (!named.equals(version.versionId())) {
            throw notOurs();
        }
        int offset = 4 + Byte.toUnsignedInt(blob[3]);
        byte[] box = new byte[blob.length - offset];
        System.arraycopy(blob, offset, box, 0, box.length);
        try {
            return gcm.open(keys.material(version), box, associatedData(named, context));
        } catch (AesGcm.SealBroken e) {
            throw new InvalidValue("CiphertextBlob", "does not decrypt with this key version and encryption context");
        }
    }

    private static byte[] associatedData(String versionId, Map<String, String> context) {
        StringBuilder aad = new StringBuilder("ciphertext-blob|").append(versionId);
        new TreeMap<>(context).forEach((k, v) -> aad.append('|').append(k.length()).append(':').append(k)
                .append('=').append(v.length()).append(':').append(v));
        return aad.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static InvalidValue notOurs() {
        return new InvalidValue("CiphertextBlob", "not a ciphertext made by this service");
    }
}
