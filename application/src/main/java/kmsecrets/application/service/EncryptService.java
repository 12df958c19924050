package kmsecrets.application.service;

import kmsecrets.application.port.in.Ciphertext;
import kmsecrets.application.port.in.EncryptCommand;
import kmsecrets.application.port.in.EncryptUseCase;
import kmsecrets.application.port.out.KeyCipher;
import kmsecrets.domain.key.CustomerKey;

/** Encrypt under the key's primary version; nothing is stored. */
public final class EncryptService implements EncryptUseCase {
    private final KeyAccess access;
    private final KeyCipher cipher;

    public EncryptService(KeyAccess access, KeyCipher cipher) {
        this.access = access;
        this.cipher = cipher;
    }

    @Override
    public Ciphertext encrypt(EncryptCommand command) {
        CustomerKey key = access.usable(command.caller(), command.keyIdOrArn(), "kms:Encrypt");
        return new Ciphertext(key.keyId(), key.primaryVersionId(),
                cipher.encrypt(key.primary(), command.plaintext(), command.context()));
    }
}
