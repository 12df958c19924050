package kmsecrets.application.service;

import java.time.Clock;
import kmsecrets.application.port.in.CreateUserUseCase;
import kmsecrets.application.port.in.UserCommand;
import kmsecrets.application.port.out.IdentityRepository;
import kmsecrets.domain.error.IdentityAlreadyExists;

/** CreateUser: the name is checked, then must be new in the account. */
public final class CreateUserService implements CreateUserUseCase {
    private final IdentityRepository identities;
    private final Clock clock;

    public CreateUserService(IdentityRepository identities, Clock clock) {
        this.identities = identities;
        this.clock = clock;
    }

    @Override
    public void createUser(UserCommand command) {
        if (!identities.createUser(command.account(), IdentityNames.user(command.userName()), clock.instant())) {
            throw new IdentityAlreadyExists("The user exists already.");
        }
    }
}
