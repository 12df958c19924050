package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DescribeSecretRequest;
import com.aliyun.kms20160120.models.RotateSecretRequest;
import com.aliyuncs.kms.secretsmanager.client.SecretCacheClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PolarDB secrets through the official SDKs against the packaged service: the service creates both accounts on a
 * registered MySQL (the machine's MariaDB) or PostgreSQL (a private scram server) instance, with the privilege on
 * the database for MySQL; each stage logs in before and after every rotation, also as the caching client reads it.
 */
class PolarDbSecretsSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final SharedService node = SharedService.start(Map.of("KMS_ROTATE_SECRET_HOURLY_LIMIT", "1000"))
            .withInstances("1", "postgresql", "mysql");
    private static final Set<String> seenPasswords = new HashSet<>();

    /** Before the service stops: no password it handed out reached its tables or its log. */
    @AfterAll
    static void nothingLeaked() throws Exception {
        LeakCanary.neverStoredOrLogged(node.service(), seenPasswords, 5);
    }

    private static String engineOf(String dbType) {
        return dbType.equals("MySQL") ? "mysql" : "postgresql";
    }

    private static Map<String, Object> config(String dbType, String cluster, String account) {
        Map<String, Object> config = new HashMap<>(Map.of("SecretSubType", "DoubleUsers", "RegionId", "cn-hangzhou",
                "DBClusterId", cluster, "DBType", dbType, "AccountName", account, "CloneAccountName",
                account + "_clone", "CustomData", Map.of("DBName", node.servers().mysqlDatabase)));
        if (dbType.equals("MySQL")) {
            config.put("AccountPrivilege", "ReadWrite");
            config.put("DBName", node.servers().mysqlDatabase);
        }
        return config;
    }

    private static String create(String dbType, String cluster, String account) throws Exception {
        if (dbType.equals("MySQL")) {
            node.servers().mysqlUser(account);
            node.servers().mysqlUser(account + "_clone");
        }
        String name = "polardb/" + UUID.randomUUID().toString().substring(0, 8);
        node.tea().createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v1")
                .setSecretType("PolarDB").setSecretData("$Auto").setExtendedConfig(config(dbType, cluster, account)));
        return name;
    }

    /** GetSecretValue of a stage, as the flat {"AccountName","AccountPassword"} object; its password is noted. */
    private static Map<String, String> read(String name, String stage) throws Exception {
        Map<String, String> account = TeaCalls.account(node.tea(), name, stage);
        seenPasswords.add(account.get("AccountPassword"));
        return account;
    }

    private static boolean logsIn(String dbType, Map<String, String> account) {
        return node.servers().logsIn(engineOf(dbType), account.get("AccountName"), account.get("AccountPassword"));
    }

    private static String account() {
        return "kms_pl_" + node.servers().tag + "_" + (System.nanoTime() % 100_000);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MySQL", "PostgreSQL"})
    void theServiceCreatesBothAccountsAndEveryStageLogsInAcrossRotations(String dbType) throws Exception {
        String cluster = dbType.equals("MySQL") ? "mysql-1" : "pg-1";
        String account = account();
        String name = create(dbType, cluster, account);
        Map<String, String> current = read(name, "ACSCurrent");
        Map<String, String> previous = read(name, "ACSPrevious");
        assertThat(current.get("AccountName")).isEqualTo(account);
        assertThat(previous.get("AccountName")).isEqualTo(account + "_clone");
        assertThat(logsIn(dbType, current)).isTrue();
        assertThat(logsIn(dbType, previous)).isTrue();
        for (int i = 1; i <= 2; i++) {
            Map<String, String> before = read(name, "ACSCurrent");
            node.tea().rotateSecret(new RotateSecretRequest().setSecretName(name).setVersionId("r" + i));
            Map<String, String> after = read(name, "ACSCurrent");
            assertThat(after.get("AccountName")).isNotEqualTo(before.get("AccountName"));
            assertThat(read(name, "ACSPrevious")).isEqualTo(before);
            assertThat(logsIn(dbType, after)).isTrue();
            assertThat(logsIn(dbType, before)).as("the previous account keeps working").isTrue();
        }
        var described = node.tea().describeSecret(new DescribeSecretRequest().setSecretName(name)
                .setFetchTags("true")).getBody();
        assertThat(described.getSecretType()).isEqualTo("PolarDB");
        assertThat(described.getExtendedConfig()).contains("\"DBType\":\"" + dbType + "\"");
        if (dbType.equals("MySQL")) {
            Map<String, String> now = read(name, "ACSCurrent");
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + DatabaseServers.MYSQL + "/"
                    + node.servers().mysqlDatabase, now.get("AccountName"), now.get("AccountPassword"))) {
                c.createStatement().execute("create table if not exists t_" + node.servers().tag + " (x int)");
                c.createStatement().execute("insert into t_" + node.servers().tag + " values (1)");
            }
        }
    }

    @Test
    void theCachingClientReadsAStageThatLogsIn() throws Exception {
        String name = create("MySQL", "mysql-1", account());
        try (SecretCacheClient cache = node.clients().cachingClient()) {
            @SuppressWarnings("unchecked")
            Map<String, String> account = JSON.readValue(cache.getStringValue(name), Map.class);
            seenPasswords.add(account.get("AccountPassword"));
            assertThat(account).isEqualTo(read(name, "ACSCurrent"));
            assertThat(logsIn("MySQL", account)).isTrue();
            assertThat(cache.getSecretInfo(name).getSecretType()).isEqualTo("PolarDB");
        }
    }

    @Test
    void theDbTypeIsCheckedAgainstTheRegisteredInstanceAndNothingIsCreated() throws Exception {
        String account = account();
        var refused = failsWith(400, "InvalidParameter", () -> create("PostgreSQL", "mysql-1", account));
        assertThat(refused.getMessage()).contains("mysql");
        assertThat(node.servers().mysqlUserExists(account)).isFalse();
        failsWith(404, "Forbidden.ResourceNotFound", () -> create("MySQL", "mysql-unknown", account()));
    }

    @Test
    void anAccountThatExistsIsNeverTakenOverAndTheRequestLeavesNothingBehind() throws Exception {
        String account = account();
        String clone = account + "_clone";
        DatabaseServers.mysqlRoot("create user '" + clone + "'@'%' identified by 'Theirs-1'");
        node.servers().mysqlUser(clone);
        String name = "polardb/taken-" + node.servers().tag;
        var refused = failsWith(400, "InvalidParameter", () -> node.tea().createSecret(new CreateSecretRequest()
                .setSecretName(name).setVersionId("v1").setSecretType("PolarDB").setSecretData("$Auto")
                .setExtendedConfig(config("MySQL", "mysql-1", account))));
        assertThat(refused.getMessage()).contains("exists");
        assertThat(node.servers().mysqlUserExists(account)).as("the account this request made is removed").isFalse();
        assertThat(node.servers().logsIn("mysql", clone, "Theirs-1")).isTrue();
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().describeSecret(new DescribeSecretRequest()
                .setSecretName(name)));
        node.servers().mysqlUser(account);
        DatabaseServers.mysqlRoot("drop user '" + clone + "'@'%'");
        node.tea().createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v1")
                .setSecretType("PolarDB").setSecretData("$Auto")
                .setExtendedConfig(config("MySQL", "mysql-1", account)));
        assertThat(logsIn("MySQL", read(name, "ACSPrevious"))).as("a retry after the owner freed the name works")
                .isTrue();
    }

    @Test
    void putSecretValueAndLabelMovesAreRefusedAsForEveryManagedType() throws Exception {
        String name = create("PostgreSQL", "pg-1", account());
        failsWith(400, "Rejected.UnsupportedOperation", () -> node.tea().putSecretValue(
                new com.aliyun.kms20160120.models.PutSecretValueRequest().setSecretName(name).setVersionId("p1")
                        .setSecretData("x")));
    }
}
