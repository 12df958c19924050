package kmsecrets.application.port.in;

import kmsecrets.domain.instance.DatabaseInstance;

/** Administration: the registered instances, never a password. */
public interface ListDatabaseInstancesUseCase extends ReadUseCase {
    java.util.List<DatabaseInstance> list(ListDatabaseInstancesQuery query);
}
