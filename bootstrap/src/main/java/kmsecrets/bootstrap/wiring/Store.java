package kmsecrets.bootstrap.wiring;

import java.time.Duration;
import java.util.Optional;
import kmsecrets.adapter.persistence.EmbeddedPostgres;
import kmsecrets.adapter.persistence.PostgresDatabase;

/**
 * Where the data lives: the PostgreSQL server {@code KMS_DB_URL} names, or, when it is {@value Config#EMBEDDED} (the
 * default), a private server in {@code KMS_DATA_DIR/pg}, started here and stopped on {@link #close}. A process that
 * finds the embedded server already run by a live service (the admin commands) attaches to it instead.
 */
public final class Store implements AutoCloseable {
    private static final String EMBEDDED_DATABASE = "kmsecrets";

    private final String url;
    private final String user;
    private final String password;
    private final Optional<EmbeddedPostgres> embedded;

    private Store(String url, String user, String password, Optional<EmbeddedPostgres> embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** @throws StartupFailure when the embedded server cannot start, saying so in one line */
    public static Store open(Config config) {
        if (!config.embeddedStore()) {
            return new Store(config.dbUrl(), config.dbUser(), config.dbPassword(), Optional.empty());
        }
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.start(config.dataDir());
        } catch (RuntimeException e) {
            throw new StartupFailure("the embedded PostgreSQL could not start: " + e.getMessage()
                    + " (set KMS_DB_URL to use a PostgreSQL server instead)", e);
        }
        return new Store(server.jdbcUrl(EMBEDDED_DATABASE), server.user(), server.password(), Optional.of(server));
    }

    /**
     * The store's database, created and migrated if needed, with a pool of {@code poolSize}; waits up to
     * {@code KMS_DB_START_WAIT_SECONDS} for a server that cannot be reached yet.
     *
     * @throws StartupFailure naming the settings to check when it cannot be reached or opened
     */
    public PostgresDatabase openDatabase(int poolSize, Duration waitForServer) {
        String settings = embedded.isPresent() ? "the embedded store in KMS_DATA_DIR"
                : "KMS_DB_URL, KMS_DB_USER and KMS_DB_PASSWORD, or unset KMS_DB_URL for the embedded store";
        try {
            return PostgresDatabase.open(url, user, password, poolSize, waitForServer);
        } catch (PostgresDatabase.Unreachable e) {
            throw new StartupFailure("PostgreSQL at " + url + " could not be reached within "
                    + waitForServer.toSeconds() + " s (" + e.getMessage() + "): check the server and " + settings
                    + " (KMS_DB_START_WAIT_SECONDS sets the wait)", e);
        } catch (IllegalStateException e) {
            throw new StartupFailure(e.getMessage() + ": check " + settings, e);
        }
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The embedded server this process runs or attached to, if the store is embedded. */
    public Optional<EmbeddedPostgres> embedded() {
        return embedded;
    }

    @Override
    public void close() {
        embedded.ifPresent(EmbeddedPostgres::close);
    }
}
