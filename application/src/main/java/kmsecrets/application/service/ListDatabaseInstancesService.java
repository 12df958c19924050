package kmsecrets.application.service;

import java.util.List;
import kmsecrets.application.port.in.ListDatabaseInstancesQuery;
import kmsecrets.application.port.in.ListDatabaseInstancesUseCase;
import kmsecrets.application.port.out.DatabaseInstanceRepository;
import kmsecrets.application.port.out.DatabaseInstanceRepository.Registered;
import kmsecrets.domain.instance.DatabaseInstance;

/** db-instance list: addresses and policies, never a password. */
public final class ListDatabaseInstancesService implements ListDatabaseInstancesUseCase {
    private final DatabaseInstanceRepository instances;

    public ListDatabaseInstancesService(DatabaseInstanceRepository instances) {
        this.instances = instances;
    }

    @Override
    public List<DatabaseInstance> list(ListDatabaseInstancesQuery query) {
        return instances.list().stream().map(Registered::instance).toList();
    }
}
