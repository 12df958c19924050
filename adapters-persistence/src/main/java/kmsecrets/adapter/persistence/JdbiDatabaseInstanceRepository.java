package kmsecrets.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.DatabaseInstanceRepository;
import kmsecrets.domain.instance.DatabaseInstance;
import org.jdbi.v3.core.statement.StatementContext;

/** Registered database instances in {@code db_instances}. */
public final class JdbiDatabaseInstanceRepository implements DatabaseInstanceRepository {
    private static final String COLUMNS = "instance_id, engine, host, port, database_name, admin_user, "
            + "wrapped_admin_password, password_length, password_exclude, registered_at";
    private final JdbiSession session;

    public JdbiDatabaseInstanceRepository(JdbiSession session) {
        this.session = session;
    }

    @Override
    public Optional<Registered> find(String id) {
        return session.withHandle(handle -> handle.createQuery("select " + COLUMNS
                        + " from db_instances where instance_id = :id")
                .bind("id", id).map(JdbiDatabaseInstanceRepository::row).findOne());
    }

    @Override
    public boolean insert(Registered registered) {
        DatabaseInstance i = registered.instance();
        return session.withHandle(handle -> handle.createUpdate("insert into db_instances (" + COLUMNS + ") values "
                        + "(:id, :engine, :host, :port, :database, :admin, :wrapped, :length, :exclude, :at) "
                        + "on conflict (instance_id) do nothing")
                .bind("id", i.id()).bind("engine", i.engine()).bind("host", i.host()).bind("port", i.port())
                .bind("database", i.database().orElse(null)).bind("admin", i.adminUser())
                .bind("wrapped", registered.wrappedAdminPassword()).bind("length", i.passwords().length())
                .bind("exclude", i.passwords().excludeCharacters()).bind("at", Timestamp.from(i.registeredAt()))
                .execute() == 1);
    }

    @Override
    public List<Registered> list() {
        return session.withHandle(handle -> handle.createQuery("select " + COLUMNS
                + " from db_instances order by instance_id").map(JdbiDatabaseInstanceRepository::row).list());
    }

    @Override
    public boolean delete(String id) {
        return session.withHandle(handle -> handle.createUpdate("delete from db_instances where instance_id = :id")
                .bind("id", id).execute() == 1);
    }

    private static Registered row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Registered(new DatabaseInstance(rs.getString("instance_id"), rs.getString("engine"),
                rs.getString("host"), rs.getInt("port"), Optional.ofNullable(rs.getString("database_name")),
                rs.getString("admin_user"),
                DatabaseInstance.policy(rs.getInt("password_length"), rs.getString("password_exclude")),
                rs.getTimestamp("registered_at").toInstant()), rs.getBytes("wrapped_admin_password"));
    }
}
