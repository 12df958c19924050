package kmsecrets.adapter.crypto;

import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.domain.secret.SecretValue;

/** Small credentials (access key secrets, later database admin passwords) sealed directly by the master key. */
public final class MasterKeyWrapping implements MasterKeyCipher {
    private final MasterKey masterKey;

    public MasterKeyWrapping(MasterKey masterKey) {
        this.masterKey = masterKey;
    }

    @Override
    public byte[] wrap(SecretValue plaintext, String context) {
        byte[] bytes = plaintext.bytes();
        try {
            return masterKey.wrap(bytes, credentialContext(context));
        } finally {
            AesGcm.wipe(bytes);
        }
    }

    @Override
    public SecretValue unwrap(byte[] wrapped, String context) {
        byte[] bytes = masterKey.unwrap(wrapped, credentialContext(context));
        try {
            return SecretValue.of(bytes);
        } finally {
            AesGcm.wipe(bytes);
        }
    }

    /** The associated data of a credential wrapped in {@code context}. */
    static String credentialContext(String context) {
        return "credential:" + context;
    }
}
