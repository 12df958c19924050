package kmsecrets.adapter.persistence;

import kmsecrets.testing.TestRun;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database of its own for one test class on the real PostgreSQL (KMS_TEST_PG, default 127.0.0.1:5432):
 * created and migrated before the class, dropped after it.
 */
public final class FreshDatabase implements BeforeAllCallback, AfterAllCallback {
    private static final String HOST = System.getenv().getOrDefault("KMS_TEST_PG", "127.0.0.1:5432");
    private final String url = "jdbc:postgresql://" + HOST + "/"
            + TestRun.databaseName("kms_it");
    private PostgresDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = PostgresDatabase.open(url, "postgres", "", 4);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        database.close();
        PostgresDatabase.drop(url, "postgres", "");
    }

    public PostgresDatabase database() {
        return database;
    }

    public String url() {
        return url;
    }
}
