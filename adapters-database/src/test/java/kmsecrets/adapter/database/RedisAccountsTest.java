package kmsecrets.adapter.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.application.port.out.CredentialRotator.Login;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.application.port.out.CredentialRotatorContract;
import kmsecrets.application.port.out.CredentialRotatorPromises;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.AccountSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * Against the machine's Redis (127.0.0.1:6379, or {@code KMS_TEST_REDIS}). The administrator is an ACL user made
 * for the test; every user made here is deleted afterwards.
 */
class RedisAccountsTest extends CredentialRotatorContract
        implements CredentialRotatorPromises.CreatesAccounts, CredentialRotatorPromises.Passwords, CredentialRotatorPromises.HasAdministrator, CredentialRotatorPromises.Remote {
    static final String HOST_PORT = LocalServers.REDIS;
    private static final String ADMIN = "kms_admin_" + System.nanoTime();
    private static final String ADMIN_PASSWORD = password("Admin");
    private static final List<String> CREATED = new ArrayList<>(List.of(ADMIN));

    static {
        try (Jedis jedis = server()) {
            jedis.aclSetUser(ADMIN, "on", ">" + ADMIN_PASSWORD, "~*", "&*", "+@all");
        }
    }

    private final RedisAccounts rotator = new RedisAccounts();

    static Jedis server() {
        return new Jedis(HostAndPort.from(HOST_PORT));
    }

    @AfterAll
    static void deleteUsers() {
        try (Jedis jedis = server()) {
            jedis.aclDelUser(CREATED.toArray(String[]::new));
        }
    }

    @Override
    public CredentialRotator rotator() {
        return rotator;
    }

    @Override
    public Target target() {
        HostAndPort hp = HostAndPort.from(HOST_PORT);
        return new Target(new DatabaseInstance("redis-test", "redis", hp.getHost(), hp.getPort(), Optional.empty(),
                ADMIN, DatabaseInstance.policy(32, DatabaseInstance.DEFAULT_EXCLUDED), Instant.EPOCH),
                SecretValue.ofText(ADMIN_PASSWORD));
    }

    @Override
    public String newAccount(String password) {
        String name = "kms_acct_" + System.nanoTime();
        CREATED.add(name);
        rotator.create(target(), new AccountPassword(name, password), AccountSpec.of("~* +@all"));
        return name;
    }

    @Override
    public String unusedAccountName() {
        String name = super.unusedAccountName();
        CREATED.add(name);
        return name;
    }

    @Override
    public AccountSpec creationSpec() {
        return AccountSpec.of("~* +@all");
    }

    @Test
    void createdAccountsGetThePrivilege() {
        String password = password("Cache");
        String readOnly = "kms_ro_" + System.nanoTime();
        CREATED.add(readOnly);
        rotator.create(target(), new AccountPassword(readOnly, password), AccountSpec.of("~app:* +@read"));
        HostAndPort hp = HostAndPort.from(HOST_PORT);
        try (Jedis jedis = new Jedis(hp)) {
            jedis.auth(readOnly, password);
            jedis.get("app:x");
            assertThatThrownBy(() -> jedis.set("app:x", "1")).hasMessageContaining("NOPERM");
        }
    }
}
