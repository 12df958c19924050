package kmsecrets.application.port.out;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.SecretIdentity;
import kmsecrets.domain.secret.SecretValue;

/**
 * Test double: "seals" by prefixing the identity and inverting the bytes, so tests can see that values are
 * transformed, bound to their identity, and opened only under the right key. No security whatsoever.
 */
public final class ReversibleEnvelope implements Envelope {
    @Override
    public byte[] newKeyMaterial(String keyId) {
        return ("material-of-" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public SealedValue seal(CustomerKey key, SecretIdentity identity, SecretValue value) {
        byte[] aad = identity.associatedData();
        byte[] plain = value.bytes();
        byte[] out = new byte[aad.length + 1 + plain.length];
        System.arraycopy(aad, 0, out, 0, aad.length);
        out[aad.length] = '|';
        for (int i = 0; i < plain.length; i++) {
            out[aad.length + 1 + i] = (byte) ~plain[i];
        }
        return new SealedValue(key.keyId(), key.primaryVersionId(), out);
    }

    @Override
    public SecretValue open(kmsecrets.domain.key.KeyVersion key, SecretIdentity identity, SealedValue sealed) {
        byte[] aad = identity.associatedData();
        byte[] box = sealed.ciphertext();
        if (!sealed.keyVersionId().equals(key.versionId()) || box.length <= aad.length
                || !Arrays.equals(Arrays.copyOf(box, aad.length), aad)) {
            throw new IllegalStateException("sealed for another identity or key");
        }
        byte[] plain = new byte[box.length - aad.length - 1];
        for (int i = 0; i < plain.length; i++) {
            plain[i] = (byte) ~box[aad.length + 1 + i];
        }
        return SecretValue.of(plain);
    }
}
