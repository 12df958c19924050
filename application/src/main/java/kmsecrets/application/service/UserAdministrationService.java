package kmsecrets.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.in.UserAdministration;
import kmsecrets.application.port.out.AccessKeyRepository;
import kmsecrets.application.port.out.IdentityRepository;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.error.IdentityAlreadyExists;
import kmsecrets.domain.error.IdentityNotFound;

/** Users: create, list, delete (with their access keys and attachments, in one transaction). */
public final class UserAdministrationService implements UserAdministration {
    private final IdentityRepository identities;
    private final AccessKeyRepository accessKeys;
    private final Transactions transactions;
    private final Clock clock;

    public UserAdministrationService(IdentityRepository identities, AccessKeyRepository accessKeys,
                                     Transactions transactions, Clock clock) {
        this.identities = identities;
        this.accessKeys = accessKeys;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void createUser(AccountId account, String userName) {
        if (!identities.createUser(account, IdentityNames.user(userName), clock.instant())) {
            throw new IdentityAlreadyExists("The user exists already.");
        }
    }

    @Override
    public List<String> listUsers(AccountId account) {
        return identities.users(account);
    }

    @Override
    public void deleteUser(AccountId account, String userName) {
        transactions.inTransaction(() -> {
            accessKeys.list(account, Optional.of(userName))
                    .forEach(key -> accessKeys.delete(account, key.accessKeyId()));
            if (!identities.deleteUser(account, userName)) {
                throw new IdentityNotFound("The user is not found.");
            }
            return userName;
        });
    }
}
