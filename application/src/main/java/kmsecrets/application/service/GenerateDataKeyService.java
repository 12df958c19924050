package kmsecrets.application.service;

import java.util.Arrays;
import java.util.Optional;
import kmsecrets.application.port.in.DataKey;
import kmsecrets.application.port.in.GenerateDataKeyCommand;
import kmsecrets.application.port.in.GenerateDataKeyUseCase;
import kmsecrets.application.port.out.KeyCipher;
import kmsecrets.application.port.out.RandomNumbers;
import kmsecrets.domain.key.CustomerKey;

/** GenerateDataKey(WithoutPlaintext): a data key from the CSPRNG, encrypted under the key; never stored. */
public final class GenerateDataKeyService implements GenerateDataKeyUseCase {
    private final KeyAccess access;
    private final KeyCipher cipher;
    private final RandomNumbers random;

    public GenerateDataKeyService(KeyAccess access, KeyCipher cipher, RandomNumbers random) {
        this.access = access;
        this.cipher = cipher;
        this.random = random;
    }

    @Override
    public DataKey generateDataKey(GenerateDataKeyCommand command) {
        CustomerKey key = access.usable(command.caller(), command.keyIdOrArn(),
                command.withPlaintext() ? "kms:GenerateDataKey" : "kms:GenerateDataKeyWithoutPlaintext");
        byte[] dataKey = random.bytes(command.numberOfBytes());
        byte[] blob = cipher.encrypt(key.primary(), dataKey, command.context());
        if (command.withPlaintext()) {
            return new DataKey(key.keyId(), key.primaryVersionId(), blob, Optional.of(dataKey));
        }
        Arrays.fill(dataKey, (byte) 0);
        return new DataKey(key.keyId(), key.primaryVersionId(), blob, Optional.empty());
    }
}
