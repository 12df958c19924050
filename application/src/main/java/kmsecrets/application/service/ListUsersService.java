package kmsecrets.application.service;

import java.util.List;
import kmsecrets.application.port.in.AccountQuery;
import kmsecrets.application.port.in.ListUsersUseCase;
import kmsecrets.application.port.out.IdentityRepository;

/** ListUsers: names only. */
public final class ListUsersService implements ListUsersUseCase {
    private final IdentityRepository identities;

    public ListUsersService(IdentityRepository identities) {
        this.identities = identities;
    }

    @Override
    public List<String> listUsers(AccountQuery query) {
        return identities.users(query.account());
    }
}
