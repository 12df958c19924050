package kmsecrets.application.service;

import java.time.Clock;
import kmsecrets.application.port.in.RegisterDatabaseInstanceCommand;
import kmsecrets.application.port.in.RegisterDatabaseInstanceUseCase;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.application.port.out.DatabaseInstanceRepository;
import kmsecrets.application.port.out.DatabaseInstanceRepository.Registered;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.application.port.out.Transactions;
import kmsecrets.domain.error.DatabaseInstanceExists;
import kmsecrets.domain.instance.DatabaseInstance;

/** db-instance add: logs in as the administrator first, then stores the password wrapped by the master key. */
public final class RegisterDatabaseInstanceService implements RegisterDatabaseInstanceUseCase {
    private final DatabaseInstanceRepository instances;
    private final ManagedTargets targets;
    private final MasterKeyCipher masterKey;
    private final Transactions transactions;
    private final Clock clock;

    public RegisterDatabaseInstanceService(DatabaseInstanceRepository instances, ManagedTargets targets, MasterKeyCipher masterKey, Transactions transactions, Clock clock) {
        this.instances = instances;
        this.targets = targets;
        this.masterKey = masterKey;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public DatabaseInstance register(RegisterDatabaseInstanceCommand r) {
        DatabaseInstance instance = new DatabaseInstance(r.id(), r.engine(), r.host(), r.port(), r.database(),
                r.adminUser(), DatabaseInstance.policy(r.passwordLength(), r.excludeCharacters()), clock.instant());
        CredentialRotator rotator = targets.rotator(instance.engine());
        // logs in as the administrator: a wrong address or password is refused now, not at the first rotation
        rotator.checkAdministrator(new CredentialRotator.Target(instance, r.adminPassword()));
        Registered registered = new Registered(instance,
                masterKey.wrap(r.adminPassword(), MasterKeyCipher.dbInstanceContext(instance.id())));
        return transactions.inTransaction(() -> {
            if (r.replace()) {
                instances.delete(instance.id());
            }
            if (!instances.insert(registered)) {
                throw new DatabaseInstanceExists("A database instance with the id " + instance.id()
                        + " is registered.");
            }
            return instance;
        });
    }
}
