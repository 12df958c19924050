package kmsecrets.adapter.persistence;

import java.time.Instant;
import java.util.List;
import kmsecrets.application.port.out.RotationLedger;
import kmsecrets.application.port.out.RotationLedgerContract;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyState;
import kmsecrets.domain.secret.SecretTypes;
import kmsecrets.domain.secret.type.GenericSecretType;
import kmsecrets.domain.secret.type.RdsSecretType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapter passes the rotation ledger contract. */
class JdbiRotationLedgerTest extends RotationLedgerContract {
    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private JdbiRotationLedger ledger;
    private JdbiSecretRepository secrets;
    private String keyId;

    @BeforeEach
    void emptyStore() {
        DB.database().jdbi().useHandle(h -> h.execute(
                "truncate secrets, account_secret_counts, rotation_intents, rotate_secret_calls cascade"));
        JdbiSession session = new JdbiSession(DB.database().jdbi());
        secrets = new JdbiSecretRepository(session, kmsecrets.domain.secret.type.EveryType.registry());
        ledger = new JdbiRotationLedger(session);
        keyId = new JdbiKeyRepository(session).defaultKey(ACCOUNT,
                () -> new CustomerKey("key-contract0000000000000", ACCOUNT, KeyState.ENABLED, true, new byte[] {9},
                        Instant.EPOCH)).keyId();
    }

    @Override
    protected RotationLedger ledger() {
        return ledger;
    }

    @Override
    protected SecretRepository secrets() {
        return secrets;
    }

    @Override
    protected String keyId() {
        return keyId;
    }
}
