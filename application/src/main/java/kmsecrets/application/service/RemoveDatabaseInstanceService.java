package kmsecrets.application.service;

import kmsecrets.application.port.in.DatabaseInstanceCommand;
import kmsecrets.application.port.in.RemoveDatabaseInstanceUseCase;
import kmsecrets.application.port.out.DatabaseInstanceRepository;

/** db-instance remove: secrets that name the instance stop rotating (Invalid) at their next attempt. */
public final class RemoveDatabaseInstanceService implements RemoveDatabaseInstanceUseCase {
    private final DatabaseInstanceRepository instances;

    public RemoveDatabaseInstanceService(DatabaseInstanceRepository instances) {
        this.instances = instances;
    }

    @Override
    public boolean remove(DatabaseInstanceCommand command) {
        return instances.delete(command.id());
    }
}
