package kmsecrets.application.service;

import kmsecrets.application.port.in.AccessKeyCommand;
import kmsecrets.application.port.in.DeleteAccessKeyUseCase;
import kmsecrets.application.port.out.AccessKeyRepository;
import kmsecrets.domain.error.IdentityNotFound;

/** DeleteAccessKey: an unknown key is reported, not ignored. */
public final class DeleteAccessKeyService implements DeleteAccessKeyUseCase {
    private final AccessKeyRepository accessKeys;

    public DeleteAccessKeyService(AccessKeyRepository accessKeys) {
        this.accessKeys = accessKeys;
    }

    @Override
    public void deleteAccessKey(AccessKeyCommand command) {
        if (!accessKeys.delete(command.account(), command.accessKeyId())) {
            throw new IdentityNotFound("The access key is not found.");
        }
    }
}
