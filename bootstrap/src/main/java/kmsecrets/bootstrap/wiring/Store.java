package kmsecrets.bootstrap.wiring;

import java.util.Optional;
import kmsecrets.adapter.persistence.EmbeddedPostgres;

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

    public static Store open(Config config) {
        if (!config.embeddedStore()) {
            return new Store(config.dbUrl(), config.dbUser(), config.dbPassword(), Optional.empty());
        }
        EmbeddedPostgres server = EmbeddedPostgres.start(config.dataDir());
        return new Store(server.jdbcUrl(EMBEDDED_DATABASE), server.user(), server.password(), Optional.of(server));
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
