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
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.Credential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * Against the machine's Redis (127.0.0.1:6379, or {@code KMS_TEST_REDIS}). The administrator is an ACL user made
 * for the test; every user made here is deleted afterwards.
 */
class RedisAccountsTest extends CredentialRotatorContract {
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
    protected CredentialRotator rotator() {
        return rotator;
    }

    @Override
    protected Target target() {
        HostAndPort hp = HostAndPort.from(HOST_PORT);
        return new Target(new DatabaseInstance("redis-test", "redis", hp.getHost(), hp.getPort(), Optional.empty(),
                ADMIN, DatabaseInstance.policy(32, DatabaseInstance.DEFAULT_EXCLUDED), Instant.EPOCH),
                SecretValue.ofText(ADMIN_PASSWORD));
    }

    @Override
    protected String newAccount(String password) {
        String name = "kms_acct_" + System.nanoTime();
        CREATED.add(name);
        rotator.createAccount(target(), new Credential(name, password), "~* +@all");
        return name;
    }

    @Test
    void createdAccountsGetThePrivilegeAndExistingOnesAreNeverTakenOver() {
        String password = password("Cache");
        String name = newAccount(password);
        assertThat(rotator.tryLogin(target(), new Credential(name, password))).isEqualTo(Login.ACCEPTED);
        assertThatThrownBy(() -> rotator.createAccount(target(), new Credential(name, password("Other")), "~* +@all"))
                .isInstanceOf(InvalidValue.class);
        String readOnly = "kms_ro_" + System.nanoTime();
        CREATED.add(readOnly);
        rotator.createAccount(target(), new Credential(readOnly, password), "~app:* +@read");
        HostAndPort hp = HostAndPort.from(HOST_PORT);
        try (Jedis jedis = new Jedis(hp)) {
            jedis.auth(readOnly, password);
            jedis.get("app:x");
            assertThatThrownBy(() -> jedis.set("app:x", "1")).hasMessageContaining("NOPERM");
        }
    }
}
