package kmsecrets.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.application.port.out.SecretRepositoryContract;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyState;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.type.GenericSecretType;
import kmsecrets.domain.secret.type.RdsSecretType;
import kmsecrets.domain.secret.type.SecretTypes;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapter passes the repository contract, and its constraints hold on their own. */
class JdbiSecretRepositoryTest extends SecretRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private JdbiSession session;
    private JdbiSecretRepository repository;
    private String keyId;

    @BeforeEach
    void emptyStore() {
        DB.database().jdbi().useHandle(h -> h.execute("truncate secrets, account_secret_counts cascade"));
        session = new JdbiSession(DB.database().jdbi());
        repository = new JdbiSecretRepository(session,
                new SecretTypes(List.of(new GenericSecretType(), new RdsSecretType())));
        keyId = new JdbiKeyRepository(session).defaultKey(ACCOUNT,
                () -> new CustomerKey("key-contract0000000000000", ACCOUNT, KeyState.ENABLED, true, new byte[] {9},
                        Instant.EPOCH)).keyId();
    }

    @Override
    protected SecretRepository repository() {
        return repository;
    }

    @Override
    protected String keyId() {
        return keyId;
    }

    @Test
    void theCountFollowsInsertsDeletesAndPurges() {
        for (int i = 0; i < 20; i++) {
            repository.insert(generic(ACCOUNT, "counted-" + i), Long.MAX_VALUE);
        }
        repository.delete(ACCOUNT, new SecretName("counted-3"));
        assertThat(repository.count(ACCOUNT)).isEqualTo(19);
        int counted = DB.database().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from secrets where account_id = :a").bind("a", ACCOUNT.value()).mapTo(Integer.class).one());
        assertThat(repository.count(ACCOUNT)).isEqualTo(counted);
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        assertThatThrownBy(() -> session.inTransaction(() -> {
            repository.insert(generic(ACCOUNT, "half-written"), Long.MAX_VALUE);
            throw new IllegalStateException("crash after the insert");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(repository.find(ACCOUNT, new SecretName("half-written"))).isEmpty();
        int versions = DB.database().jdbi().withHandle(h -> h.createQuery("select count(*) from secret_versions")
                .mapTo(Integer.class).one());
        assertThat(versions).isZero();
    }

    @Test
    void theDatabaseRefusesALabelOnAMissingVersion() {
        repository.insert(generic(ACCOUNT, "labelled"), Long.MAX_VALUE);
        assertThatThrownBy(() -> DB.database().jdbi().useHandle(h -> h.execute(
                "insert into secret_stages (secret_id, stage, version_id) select secret_id, 'ACSPrevious', 'nope' "
                        + "from secrets where name = 'labelled'")))
                .isInstanceOf(UnableToExecuteStatementException.class);
    }

    @Test
    void theDatabaseRefusesTwoVersionsUnderOneLabel() {
        repository.insert(rds("dual"), Long.MAX_VALUE);
        assertThatThrownBy(() -> DB.database().jdbi().useHandle(h -> h.execute(
                "update secret_stages set stage = 'ACSCurrent' where stage = 'ACSPrevious'")))
                .isInstanceOf(UnableToExecuteStatementException.class);
    }

    @Test
    void readsSeeNoPlaintextColumns() {
        repository.insert(generic(ACCOUNT, "columns"), Long.MAX_VALUE);
        List<String> columns = DB.database().jdbi().withHandle(h -> h.createQuery(
                "select column_name from information_schema.columns where table_name = 'secret_versions'")
                .mapTo(String.class).list());
        assertThat(columns).containsExactlyInAnyOrder("secret_id", "version_id", "data_type", "key_id", "key_version_id",
                "sealed_value", "created_at");
        assertThat(repository.find(ACCOUNT, new SecretName("columns")).map(s -> s.versions().size()))
                .isEqualTo(Optional.of(1));
    }
}
