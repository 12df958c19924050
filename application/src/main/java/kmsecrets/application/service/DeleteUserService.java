package kmsecrets.application.service;

import java.util.Optional;
import kmsecrets.application.port.in.DeleteUserUseCase;
import kmsecrets.application.port.in.UserCommand;
import kmsecrets.application.port.out.AccessKeyRepository;
import kmsecrets.application.port.out.IdentityRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.error.IdentityNotFound;

/** DeleteUser: the user, its access keys and its attachments go in one transaction. */
public final class DeleteUserService implements DeleteUserUseCase {
    private final IdentityRepository identities;
    private final AccessKeyRepository accessKeys;
    private final Transactions transactions;

    public DeleteUserService(IdentityRepository identities, AccessKeyRepository accessKeys, Transactions transactions) {
        this.identities = identities;
        this.accessKeys = accessKeys;
        this.transactions = transactions;
    }

    @Override
    public void deleteUser(UserCommand command) {
        transactions.inTransaction(() -> {
            accessKeys.list(command.account(), Optional.of(command.userName()))
                    .forEach(key -> accessKeys.delete(command.account(), key.accessKeyId()));
            if (!identities.deleteUser(command.account(), command.userName())) {
                throw new IdentityNotFound("The user is not found.");
            }
            return command.userName();
        });
    }
}
