package kmsecrets.application.service;

import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.in.AccessKeyAdministration;
import kmsecrets.application.port.out.AccessKeyRepository;
import kmsecrets.application.port.out.AccessKeyRepository.StoredAccessKey;
import kmsecrets.application.port.out.IdentityRepository;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.error.IdentityNotFound;
import kmsecrets.domain.secret.SecretValue;

/** Access keys of users: the secret is generated here, shown once, and stored wrapped by the master key. */
public final class AccessKeyAdministrationService implements AccessKeyAdministration {
    private final AccessKeyRepository accessKeys;
    private final IdentityRepository identities;
    private final MasterKeyCipher masterKey;
    private final IdGenerator ids;

    public AccessKeyAdministrationService(AccessKeyRepository accessKeys, IdentityRepository identities,
                                          MasterKeyCipher masterKey, IdGenerator ids) {
        this.accessKeys = accessKeys;
        this.identities = identities;
        this.masterKey = masterKey;
        this.ids = ids;
    }

    @Override
    public NewAccessKey createAccessKey(AccountId account, String userName) {
        if (!identities.userExists(account, userName)) {
            throw new IdentityNotFound("The user is not found.");
        }
        String id = ids.newAccessKeyId();
        SecretValue secret = SecretValue.ofText(ids.newAccessKeySecret());
        accessKeys.save(new StoredAccessKey(id, account, userName, false, true,
                masterKey.wrap(secret, SigningKeyService.context(id))));
        return new NewAccessKey(id, secret);
    }

    @Override
    public List<AccessKeyInfo> listAccessKeys(AccountId account, Optional<String> userName) {
        return accessKeys.list(account, userName).stream()
                .map(k -> new AccessKeyInfo(k.accessKeyId(), k.principal(), k.root(), k.enabled())).toList();
    }

    @Override
    public void setAccessKeyEnabled(AccountId account, String accessKeyId, boolean enabled) {
        if (!accessKeys.setEnabled(account, accessKeyId, enabled)) {
            throw new IdentityNotFound("The access key is not found.");
        }
    }

    @Override
    public void deleteAccessKey(AccountId account, String accessKeyId) {
        if (!accessKeys.delete(account, accessKeyId)) {
            throw new IdentityNotFound("The access key is not found.");
        }
    }
}
