package kmsecrets.application.service;

import kmsecrets.application.port.in.DecryptCommand;
import kmsecrets.application.port.in.DecryptUseCase;
import kmsecrets.application.port.in.Plaintext;
import kmsecrets.application.port.out.KeyCipher;
import kmsecrets.domain.key.KeyVersion;

/** Decrypt: the blob names its key version; that version's key must be Enabled and the caller allowed on it. */
public final class DecryptService implements DecryptUseCase {
    private final KeyAccess access;
    private final KeyCipher cipher;

    public DecryptService(KeyAccess access, KeyCipher cipher) {
        this.access = access;
        this.cipher = cipher;
    }

    @Override
    public Plaintext decrypt(DecryptCommand command) {
        KeyVersion version = access.versionOf(command.caller(), cipher.keyVersionOf(command.blob()));
        access.usable(command.caller(), version.keyId(), "kms:Decrypt");
        return new Plaintext(version.keyId(), version.versionId(),
                cipher.decrypt(version, command.blob(), command.context()));
    }
}
