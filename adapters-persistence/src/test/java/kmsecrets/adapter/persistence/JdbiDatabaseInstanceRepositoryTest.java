package kmsecrets.adapter.persistence;

import kmsecrets.application.port.out.DatabaseInstanceRepository;
import kmsecrets.application.port.out.DatabaseInstanceRepositoryContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapter passes the database instance repository contract. */
class JdbiDatabaseInstanceRepositoryTest extends DatabaseInstanceRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private DatabaseInstanceRepository repository;

    @BeforeEach
    void emptyStore() {
        DB.database().jdbi().useHandle(h -> h.execute("truncate db_instances cascade"));
        repository = new JdbiDatabaseInstanceRepository(new JdbiSession(DB.database().jdbi()));
    }

    @Override
    protected DatabaseInstanceRepository repository() {
        return repository;
    }
}
