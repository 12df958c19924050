package kmsecrets.application.service;

import kmsecrets.application.port.in.SetAccessKeyEnabledCommand;
import kmsecrets.application.port.in.SetAccessKeyEnabledUseCase;
import kmsecrets.application.port.out.AccessKeyRepository;
import kmsecrets.domain.error.IdentityNotFound;

/** SetAccessKeyEnabled: an unknown key is reported, not ignored. */
public final class SetAccessKeyEnabledService implements SetAccessKeyEnabledUseCase {
    private final AccessKeyRepository accessKeys;

    public SetAccessKeyEnabledService(AccessKeyRepository accessKeys) {
        this.accessKeys = accessKeys;
    }

    @Override
    public void setAccessKeyEnabled(SetAccessKeyEnabledCommand command) {
        if (!accessKeys.setEnabled(command.account(), command.accessKeyId(), command.enabled())) {
            throw new IdentityNotFound("The access key is not found.");
        }
    }
}
