package kmsecrets.adapter.persistence;

import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/** Deployment-wide facts generated once and shared by every node, such as the account id. */
public final class DeploymentSettings {
    private final Jdbi jdbi;

    public DeploymentSettings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<String> find(String name) {
        return jdbi.withHandle(handle -> handle.createQuery("select value from deployment_settings where name = :name")
                .bind("name", name).mapTo(String.class).findOne());
    }

    /** The stored value, or {@code generated} stored now; two nodes starting at once agree on one value. */
    public String getOrCreate(String name, Supplier<String> generated) {
        Optional<String> stored = find(name);
        if (stored.isPresent()) {
            return stored.get();
        }
        return jdbi.withHandle(handle -> {
            handle.createUpdate("insert into deployment_settings (name, value) values (:name, :value) "
                            + "on conflict (name) do nothing")
                    .bind("name", name).bind("value", generated.get()).execute();
            return handle.createQuery("select value from deployment_settings where name = :name")
                    .bind("name", name).mapTo(String.class).one();
        });
    }
}
