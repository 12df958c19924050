package kmsecrets.adapter.persistence;

import kmsecrets.testing.TestRun;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database of its own for one test class on the real PostgreSQL ({@link TestPostgres}): created and migrated before
 * the class, dropped after it.
 */
public final class FreshDatabase implements BeforeAllCallback, AfterAllCallback {
    private static final TestPostgres SERVER = TestPostgres.server();
    private final String url = SERVER.url(TestRun.databaseName("kms_it"));
    private PostgresDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = PostgresDatabase.open(url, SERVER.user(), SERVER.password(), 4);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        database.close();
        PostgresDatabase.drop(url, SERVER.user(), SERVER.password());
    }

    public PostgresDatabase database() {
        return database;
    }

    public String url() {
        return url;
    }
}
