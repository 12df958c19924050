package kmsecrets.application.service;

import java.util.Optional;
import kmsecrets.application.port.in.SigningKey;
import kmsecrets.application.port.in.SigningKeys;
import kmsecrets.application.port.out.AccessKeyRepository;
import kmsecrets.application.port.out.AccessKeyRepository.StoredAccessKey;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.domain.access.Caller;

/** Finds an access key and unwraps its secret for signature verification. */
public final class SigningKeyService implements SigningKeys {
    private final AccessKeyRepository accessKeys;
    private final MasterKeyCipher masterKey;

    public SigningKeyService(AccessKeyRepository accessKeys, MasterKeyCipher masterKey) {
        this.accessKeys = accessKeys;
        this.masterKey = masterKey;
    }

    @Override
    public Optional<SigningKey> find(String accessKeyId) {
        return accessKeys.find(accessKeyId).map(this::toSigningKey);
    }

    private SigningKey toSigningKey(StoredAccessKey key) {
        Caller caller = new Caller(key.account(), key.principal(), key.accessKeyId(), key.root());
        return new SigningKey(caller, masterKey.unwrap(key.wrappedSecret(), context(key.accessKeyId())),
                key.enabled());
    }

    static String context(String accessKeyId) {
        return "access-key:" + accessKeyId;
    }
}
