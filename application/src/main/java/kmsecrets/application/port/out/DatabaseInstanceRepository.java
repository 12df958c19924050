package kmsecrets.application.port.out;

import java.util.List;
import java.util.Optional;
import kmsecrets.domain.instance.DatabaseInstance;

/** Registered database instances; the administrator password is stored wrapped by the master key. */
public interface DatabaseInstanceRepository {
    Optional<Registered> find(String id);

    /** False when an instance with that id is registered already. */
    boolean insert(Registered instance);

    List<Registered> list();

    boolean delete(String id);

    record Registered(DatabaseInstance instance, byte[] wrappedAdminPassword) {
    }
}
