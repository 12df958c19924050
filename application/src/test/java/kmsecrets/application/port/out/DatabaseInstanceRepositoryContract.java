package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import kmsecrets.application.port.out.DatabaseInstanceRepository.Registered;
import kmsecrets.domain.instance.DatabaseInstance;
import org.junit.jupiter.api.Test;

/** What every {@link DatabaseInstanceRepository} must do; run by the in-memory double and by PostgreSQL. */
public abstract class DatabaseInstanceRepositoryContract {
    protected static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    /** The repository under test, empty. */
    protected abstract DatabaseInstanceRepository repository();

    private static Registered instance(String id, String host) {
        return new Registered(new DatabaseInstance(id, "postgresql", host, 5432, Optional.of("app"), "admin",
                DatabaseInstance.policy(24, DatabaseInstance.DEFAULT_EXCLUDED), NOW), new byte[] {5, 6, 7});
    }

    @Test
    void aRegisteredInstanceReadsBackWithItsWrappedPassword() {
        assertThat(repository().insert(instance("pg-1", "db.internal"))).isTrue();
        Registered read = repository().find("pg-1").orElseThrow();
        assertThat(read.instance()).isEqualTo(instance("pg-1", "db.internal").instance());
        assertThat(read.wrappedAdminPassword()).containsExactly(5, 6, 7);
        assertThat(repository().find("pg-2")).isEmpty();
    }

    @Test
    void anIdIsRegisteredOnceUntilDeleted() {
        repository().insert(instance("pg-1", "a"));
        assertThat(repository().insert(instance("pg-1", "b"))).isFalse();
        assertThat(repository().find("pg-1").orElseThrow().instance().host()).isEqualTo("a");
        assertThat(repository().delete("pg-1")).isTrue();
        assertThat(repository().delete("pg-1")).isFalse();
        assertThat(repository().insert(instance("pg-1", "b"))).isTrue();
    }

    @Test
    void everyInstanceIsListed() {
        repository().insert(instance("pg-1", "a"));
        repository().insert(instance("pg-2", "b"));
        assertThat(repository().list()).extracting(r -> r.instance().id()).containsExactlyInAnyOrder("pg-1", "pg-2");
    }
}
