package kmsecrets.adapter.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce. Layout of a box: nonce (12 bytes) then ciphertext with its 16-byte tag.
 * One Cipher per thread: Cipher.getInstance costs about ten times the work of sealing a small value.
 */
final class AesGcm {
    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(AesGcm::newCipher);

    private final SecureRandom random;

    AesGcm(SecureRandom random) {
        this.random = random;
    }

    static SecretKey key(byte[] material) {
        if (material.length != KEY_BYTES) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key");
        }
        return new SecretKeySpec(material, "AES");
    }

    byte[] randomKeyMaterial() {
        byte[] material = new byte[KEY_BYTES];
        random.nextBytes(material);
        return material;
    }

    byte[] seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] box = new byte[NONCE_BYTES + cipher.getOutputSize(plaintext.length)];
            System.arraycopy(nonce, 0, box, 0, NONCE_BYTES);
            cipher.doFinal(plaintext, 0, plaintext.length, box, NONCE_BYTES);
            return box;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Opens a box; throws {@link SealBroken} when key, box or associated data do not belong together. */
    byte[] open(SecretKey key, byte[] box, byte[] associatedData) {
        if (box.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealBroken();
        }
        try {
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, box, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(box, NONCE_BYTES, box.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SealBroken();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    static byte[] concat(byte[] first, byte[] second) {
        return ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
    }

    static void wipe(byte[] secret) {
        Arrays.fill(secret, (byte) 0);
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no AES/GCM", e);
        }
    }

    /** A ciphertext failed authentication: tampered, moved to another row, or under another key. */
    static final class SealBroken extends IllegalStateException {
        SealBroken() {
            super("a ciphertext failed authentication");
        }
    }
}
