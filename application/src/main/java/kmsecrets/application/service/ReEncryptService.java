package kmsecrets.application.service;

import java.util.Arrays;
import kmsecrets.application.port.in.Ciphertext;
import kmsecrets.application.port.in.ReEncryptCommand;
import kmsecrets.application.port.in.ReEncryptUseCase;
import kmsecrets.application.port.out.KeyCipher;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyVersion;

/** ReEncrypt: kms:ReEncryptFrom on the source key, kms:ReEncryptTo on the destination; the plaintext is wiped. */
public final class ReEncryptService implements ReEncryptUseCase {
    private final KeyAccess access;
    private final KeyCipher cipher;

    public ReEncryptService(KeyAccess access, KeyCipher cipher) {
        this.access = access;
        this.cipher = cipher;
    }

    @Override
    public Ciphertext reEncrypt(ReEncryptCommand command) {
        KeyVersion source = access.versionOf(command.caller(), cipher.keyVersionOf(command.blob()));
        access.usable(command.caller(), source.keyId(), "kms:ReEncryptFrom");
        CustomerKey destination = access.usable(command.caller(), command.destinationKeyIdOrArn(), "kms:ReEncryptTo");
        byte[] plaintext = cipher.decrypt(source, command.blob(), command.sourceContext());
        try {
            return new Ciphertext(destination.keyId(), destination.primaryVersionId(),
                    cipher.encrypt(destination.primary(), plaintext, command.destinationContext()));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }
}
