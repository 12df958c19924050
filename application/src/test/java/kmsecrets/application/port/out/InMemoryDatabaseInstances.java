package kmsecrets.application.port.out;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Registered instances in a map; for application-layer unit tests only. */
public final class InMemoryDatabaseInstances implements DatabaseInstanceRepository {
    private final Map<String, Registered> byId = new LinkedHashMap<>();

    @Override
    public Optional<Registered> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public boolean insert(Registered instance) {
        return byId.putIfAbsent(instance.instance().id(), instance) == null;
    }

    @Override
    public List<Registered> list() {
        return new ArrayList<>(byId.values());
    }

    @Override
    public boolean delete(String id) {
        return byId.remove(id) != null;
    }
}
