package kmsecrets.application.port.in;

import kmsecrets.domain.instance.DatabaseInstance;

/** Administration: registers an instance after logging in as its administrator; an id in use is refused unless replacing. */
public interface RegisterDatabaseInstanceUseCase extends UseCase {
    DatabaseInstance register(RegisterDatabaseInstanceCommand command);
}
