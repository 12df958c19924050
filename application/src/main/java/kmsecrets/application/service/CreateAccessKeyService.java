package kmsecrets.application.service;

import kmsecrets.application.port.in.CreateAccessKeyUseCase;
import kmsecrets.application.port.in.NewAccessKey;
import kmsecrets.application.port.in.UserCommand;
import kmsecrets.application.port.out.AccessKeyRepository;
import kmsecrets.application.port.out.AccessKeyRepository.StoredAccessKey;
import kmsecrets.application.port.out.IdGenerator;
import kmsecrets.application.port.out.IdentityRepository;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.domain.error.IdentityNotFound;
import kmsecrets.domain.secret.SecretValue;

/** CreateAccessKey: the secret is generated here, returned once, and stored wrapped by the master key. */
public final class CreateAccessKeyService implements CreateAccessKeyUseCase {
    private final AccessKeyRepository accessKeys;
    private final IdentityRepository identities;
    private final MasterKeyCipher masterKey;
    private final IdGenerator ids;

    public CreateAccessKeyService(AccessKeyRepository accessKeys, IdentityRepository identities, MasterKeyCipher masterKey, IdGenerator ids) {
        this.accessKeys = accessKeys;
        this.identities = identities;
        this.masterKey = masterKey;
        this.ids = ids;
    }

    @Override
    public NewAccessKey createAccessKey(UserCommand command) {
        if (!identities.userExists(command.account(), command.userName())) {
            throw new IdentityNotFound("The user is not found.");
        }
        String id = ids.newAccessKeyId();
        SecretValue secret = SecretValue.ofText(ids.newAccessKeySecret());
        accessKeys.save(new StoredAccessKey(id, command.account(), command.userName(), false, true,
                masterKey.wrap(secret, MasterKeyCipher.accessKeyContext(id))));
        return new NewAccessKey(id, secret);
    }
}
