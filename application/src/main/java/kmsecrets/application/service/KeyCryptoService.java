package kmsecrets.application.service;

import java.util.Map;
import java.util.Optional;
import kmsecrets.application.port.in.KeyCryptoUseCases;
import kmsecrets.application.port.out.KeyCipher;
import kmsecrets.application.port.out.KeyRepository;
import kmsecrets.application.port.out.RandomNumbers;
import kmsecrets.domain.access.Arns;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.error.KeyNotFound;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyVersion;

/** Cryptographic operations under customer master keys; no plaintext or data key is ever stored. */
public final class KeyCryptoService implements KeyCryptoUseCases {
    private final KeyRepository keys;
    private final KeyCipher cipher;
    private final RandomNumbers random;
    private final Authorization authorization;
    private final ServiceSettings settings;
    private final KeyResolver resolver;

    public KeyCryptoService(KeyRepository keys, KeyCipher cipher, RandomNumbers random, Authorization authorization,
                            ServiceSettings settings, KeyResolver resolver) {
        this.resolver = resolver;
        this.keys = keys;
        this.cipher = cipher;
        this.random = random;
        this.authorization = authorization;
        this.settings = settings;
    }

    @Override
    public Ciphertext encrypt(Caller caller, String keyIdOrArn, byte[] plaintext, Map<String, String> context) {
        if (plaintext.length == 0 || plaintext.length > MAX_PLAINTEXT) {
            throw new InvalidValue("Plaintext", "1 to 6144 bytes once Base64-decoded");
        }
        CustomerKey key = usableKey(caller, keyIdOrArn, "kms:Encrypt");
        return new Ciphertext(key.keyId(), key.primaryVersionId(), cipher.encrypt(key.primary(), plaintext, context));
    }

    @Override
    public Plaintext decrypt(Caller caller, byte[] blob, Map<String, String> context) {
        KeyVersion version = versionOf(caller, blob);
        usableKey(caller, version.keyId(), "kms:Decrypt");
        return new Plaintext(version.keyId(), version.versionId(), cipher.decrypt(version, blob, context));
    }

    @Override
    public DataKey generateDataKey(Caller caller, String keyIdOrArn, int numberOfBytes, Map<String, String> context,
                                   boolean withPlaintext) {
        if (numberOfBytes < 1 || numberOfBytes > 1024) {
            throw new InvalidValue("NumberOfBytes", "must lie between 1 and 1024");
        }
        CustomerKey key = usableKey(caller, keyIdOrArn,
                withPlaintext ? "kms:GenerateDataKey" : "kms:GenerateDataKeyWithoutPlaintext");
        byte[] dataKey = random.bytes(numberOfBytes);
        byte[] blob = cipher.encrypt(key.primary(), dataKey, context);
        Optional<byte[]> plaintext = withPlaintext ? Optional.of(dataKey) : Optional.empty();
        if (!withPlaintext) {
            java.util.Arrays.fill(dataKey, (byte) 0);
        }
        return new DataKey(key.keyId(), key.primaryVersionId(), blob, plaintext);
    }

    @Override
    public Ciphertext reEncrypt(Caller caller, byte[] blob, Map<String, String> sourceContext,
                                String destinationKeyIdOrArn, Map<String, String> destinationContext) {
        KeyVersion source = versionOf(caller, blob);
        usableKey(caller, source.keyId(), "kms:ReEncryptFrom");
        CustomerKey destination = usableKey(caller, destinationKeyIdOrArn, "kms:ReEncryptTo");
        byte[] plaintext = cipher.decrypt(source, blob, sourceContext);
        try {
            return new Ciphertext(destination.keyId(), destination.primaryVersionId(),
                    cipher.encrypt(destination.primary(), plaintext, destinationContext));
        } finally {
            java.util.Arrays.fill(plaintext, (byte) 0);
        }
    }

    private KeyVersion versionOf(Caller caller, byte[] blob) {
        return keys.findVersion(caller.account(), cipher.keyVersionOf(blob))
                .orElseThrow(() -> new KeyNotFound("The key that made this ciphertext is not found."));
    }

    /** The key named by id or ARN, after authorizing the action on it, if it is Enabled. */
    private CustomerKey usableKey(Caller caller, String keyIdOrArn, String action) {
        Arns arns = new Arns(settings.region(), caller.account());
        String keyId = resolver.keyId(caller, keyIdOrArn);
        authorization.check(caller, action, arns.key(keyId));
        CustomerKey key = keys.find(caller.account(), keyId)
                .orElseThrow(() -> new KeyNotFound("The specified key is not found."));
        key.requireUsable();
        return key;
    }
}
