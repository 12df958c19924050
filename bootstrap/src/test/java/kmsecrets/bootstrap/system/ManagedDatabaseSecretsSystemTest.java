package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DescribeSecretRequest;
import com.aliyun.kms20160120.models.ListSecretVersionIdsRequest;
import com.aliyun.kms20160120.models.PutSecretValueRequest;
import com.aliyun.kms20160120.models.RotateSecretRequest;
import com.aliyun.kms20160120.models.UpdateSecretRotationPolicyRequest;
import com.aliyun.kms20160120.models.UpdateSecretVersionStageRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rds and Redis secrets through the official Tea SDK against real servers: every rotation is proven by logging in
 * to the database with what GetSecretValue returns (and, for SingleUser, by the old password failing).
 */
class ManagedDatabaseSecretsSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final SharedService node = SharedService.start(Map.of("KMS_ROTATE_SECRET_HOURLY_LIMIT", "1000"))
            .withInstances("1");
    /** Every password the service handed out, to prove none reaches its log. */
    private static final Set<String> seenPasswords = new HashSet<>();

    /** Before the service stops: nothing it handed out or was given reached its tables or its log. */
    @AfterAll
    static void nothingLeaked() throws Exception {
        assertThat(node.service().dumpEveryTable()).contains("db_instances").contains("rotate_secret_calls");
        Set<String> secrets = new HashSet<>(seenPasswords);
        secrets.add(node.servers().adminPassword);
        LeakCanary.neverStoredOrLogged(node.service(), secrets, 11);
    }

    private static String instance(String engine) {
        return (engine.equals("postgresql") ? "pg" : engine) + "-1";
    }

    private static String unique(String prefix) {
        return prefix + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void createRds(String name, String engine, String subType, String accounts) throws Exception {
        node.tea().createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v1").setSecretType("Rds")
                .setSecretData(accounts).setExtendedConfig(Map.of("SecretSubType", subType, "DBInstanceId",
                        instance(engine), "CustomData", Map.of("DBName", "app"))));
    }

    /** A SingleUser secret importing a new account of the engine. */
    private static Imported singleUser(String engine, String prefix) throws Exception {
        String password = "Imported-" + UUID.randomUUID();
        String account = node.servers().account(engine, password);
        String name = unique(prefix);
        createRds(name, engine, "SingleUser", accounts(account, password));
        return new Imported(name, account, password);
    }

    private record Imported(String name, String account, String password) {
    }

    private static String accounts(String... namesAndPasswords) throws Exception {
        List<Map<String, String>> accounts = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndPasswords.length; i += 2) {
            accounts.add(Map.of("AccountName", namesAndPasswords[i], "AccountPassword", namesAndPasswords[i + 1]));
        }
        return JSON.writeValueAsString(Map.of("Accounts", accounts));
    }

    /** GetSecretValue of a stage, as the flat {"AccountName","AccountPassword"} object; its password is noted. */
    private static Map<String, String> read(String name, String stage) throws Exception {
        Map<String, String> account = TeaCalls.account(node.tea(), name, stage);
        seenPasswords.add(account.get("AccountPassword"));
        return account;
    }

    private static boolean logsIn(String engine, Map<String, String> account) {
        return node.servers().logsIn(engine, account.get("AccountName"), account.get("AccountPassword"));
    }

    private static String rotate(String name, String versionId) throws Exception {
        var body = node.tea().rotateSecret(new RotateSecretRequest().setSecretName(name).setVersionId(versionId))
                .getBody();
        assertThat(body.getSecretName()).isEqualTo(name);
        assertThat(body.getArn()).endsWith(":secret/" + name);
        return body.getVersionId();
    }

    private static int versions(String name) throws Exception {
        return node.tea().listSecretVersionIds(new ListSecretVersionIdsRequest().setSecretName(name)
                .setIncludeDeprecated("true").setPageSize(100)).getBody().getVersionIds().getVersionId().size();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mysql"})
    void singleUserResetsTheOneAccountAndTheOldPasswordStopsWorking(String engine) throws Exception {
        String imported = "Imported-" + UUID.randomUUID();
        String account = node.servers().account(engine, imported);
        String name = unique("single");
        createRds(name, engine, "SingleUser", accounts(account, imported));
        Map<String, String> before = read(name, "ACSCurrent");
        assertThat(before).containsEntry("AccountName", account).containsEntry("AccountPassword", imported);
        assertThat(logsIn(engine, before)).isTrue();
        for (int i = 1; i <= 2; i++) {
            Map<String, String> old = read(name, "ACSCurrent");
            assertThat(rotate(name, "r" + i)).isEqualTo("r" + i);
            Map<String, String> current = read(name, "ACSCurrent");
            assertThat(current.get("AccountName")).isEqualTo(account);
            assertThat(current.get("AccountPassword")).isNotEqualTo(old.get("AccountPassword")).hasSize(32);
            assertThat(logsIn(engine, current)).as("ACSCurrent logs in").isTrue();
            assertThat(logsIn(engine, old)).as("the old password no longer does").isFalse();
            assertThat(read(name, "ACSPrevious")).isEqualTo(old);
        }
        var described = node.tea().describeSecret(new DescribeSecretRequest().setSecretName(name)).getBody();
        assertThat(described.getLastRotationDate()).isNotBlank();
        assertThat(described.getAutomaticRotation()).isEqualTo("Disabled");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mysql"})
    void doubleUsersResetsThePreviousAccountAndBothStagesKeepLoggingIn(String engine) throws Exception {
        String p1 = "First-" + UUID.randomUUID();
        String p2 = "Second-" + UUID.randomUUID();
        String first = node.servers().account(engine, p1);
        String second = node.servers().account(engine, p2);
        String name = unique("double");
        createRds(name, engine, "DoubleUsers", accounts(first, p1, second, p2));
        assertThat(read(name, "ACSCurrent")).containsEntry("AccountName", first);
        assertThat(read(name, "ACSPrevious")).containsEntry("AccountName", second);
        for (int i = 1; i <= 3; i++) {
            Map<String, String> current = read(name, "ACSCurrent");
            rotate(name, "r" + i);
            Map<String, String> nowCurrent = read(name, "ACSCurrent");
            Map<String, String> nowPrevious = read(name, "ACSPrevious");
            assertThat(nowCurrent.get("AccountName")).isNotEqualTo(current.get("AccountName"));
            assertThat(nowPrevious).as("the old current becomes ACSPrevious, unchanged").isEqualTo(current);
            assertThat(logsIn(engine, nowCurrent)).as("ACSCurrent logs in").isTrue();
            assertThat(logsIn(engine, nowPrevious)).as("ACSPrevious still logs in").isTrue();
        }
    }

    @Test
    void redisSecretsCreateTwoAclUsersAndRotateLikeDoubleUsers() throws Exception {
        String account = "kms_cache_" + node.servers().tag;
        node.servers().redisUser(account);
        node.servers().redisUser(account + "_clone");
        String name = unique("redis");
        node.tea().createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v1").setSecretType("Redis")
                .setSecretData("$Auto").setExtendedConfig(Map.of("SecretSubType", "DoubleUsers", "AccountName",
                        account, "CloneAccountName", account + "_clone", "AccountPrivilege", "~kms:* +@all",
                        "InstanceId", "redis-1", "RegionId", "cn-hangzhou")));
        Map<String, String> current = read(name, "ACSCurrent");
        Map<String, String> previous = read(name, "ACSPrevious");
        assertThat(current.get("AccountName")).isEqualTo(account);
        assertThat(previous.get("AccountName")).isEqualTo(account + "_clone");
        assertThat(logsIn("redis", current)).isTrue();
        assertThat(logsIn("redis", previous)).isTrue();
        for (int i = 1; i <= 2; i++) {
            Map<String, String> before = read(name, "ACSCurrent");
            rotate(name, "r" + i);
            assertThat(read(name, "ACSPrevious")).isEqualTo(before);
            assertThat(logsIn("redis", read(name, "ACSCurrent"))).isTrue();
            assertThat(logsIn("redis", read(name, "ACSPrevious"))).isTrue();
        }
        failsWith(400, "InvalidParameter", () -> node.tea().createSecret(new CreateSecretRequest().setSecretName(
                unique("redis")).setVersionId("v1").setSecretType("Redis").setSecretData("$Auto")
                .setExtendedConfig(Map.of("SecretSubType", "DoubleUsers", "AccountName", account,
                        "CloneAccountName", account + "_clone", "AccountPrivilege", "~* +@all",
                        "InstanceId", "redis-1", "RegionId", "cn-hangzhou"))));
    }

    /** Alibaba's privilege names work as documented ACL rule sets; rules Redis refuses are the caller's 400. */
    @Test
    void redisTakesTheDocumentedPrivilegeNamesAndAnswers400WhenRedisRefuses() throws Exception {
        String reader = "kms_ro_" + node.servers().tag;
        String writer = "kms_rw_" + node.servers().tag;
        for (String user : List.of(reader, reader + "_clone", writer, writer + "_clone")) {
            node.servers().redisUser(user);
        }
        String readOnly = redisSecret(reader, "RoleReadOnly");
        String readWrite = redisSecret(writer, "RoleReadWrite");
        try (var asWriter = redisAs(read(readWrite, "ACSCurrent"));
             var asReader = redisAs(read(readOnly, "ACSCurrent"))) {
            asWriter.set("kmsecrets:probe:" + node.servers().tag, "written");
            assertThat(asReader.get("kmsecrets:probe:" + node.servers().tag)).isEqualTo("written");
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> asReader.set("kmsecrets:probe:"
                    + node.servers().tag, "again"))).as("read-only may not write").hasMessageContaining("NOPERM");
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> asWriter.flushAll()))
                    .as("dangerous commands stay refused").hasMessageContaining("NOPERM");
            asWriter.del("kmsecrets:probe:" + node.servers().tag);
        }

        String refusedUser = "kms_bad_" + node.servers().tag;
        node.servers().redisUser(refusedUser);
        node.servers().redisUser(refusedUser + "_clone");
        String refusedName = unique("redis-refused");
        var refused = failsWith(400, "InvalidParameter", () -> redisSecret(refusedUser, "+@nosuchcategory",
                refusedName));
        assertThat(refused.getMessage()).contains("refused");
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().describeSecret(new DescribeSecretRequest()
                .setSecretName(refusedName)));
        try (var admin = new redis.clients.jedis.Jedis(redis.clients.jedis.HostAndPort.from(DatabaseServers.REDIS))) {
            assertThat(admin.aclGetUser(refusedUser)).as("nothing left behind on Redis").isNull();
        }
    }

    private static String redisSecret(String account, String privilege) throws Exception {
        return redisSecret(account, privilege, unique("redis"));
    }

    private static String redisSecret(String account, String privilege, String name) throws Exception {
        node.tea().createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v1").setSecretType("Redis")
                .setSecretData("$Auto").setExtendedConfig(Map.of("SecretSubType", "DoubleUsers", "AccountName",
                        account, "CloneAccountName", account + "_clone", "AccountPrivilege", privilege,
                        "InstanceId", "redis-1", "RegionId", "cn-hangzhou")));
        return name;
    }

    private static redis.clients.jedis.Jedis redisAs(Map<String, String> account) {
        var jedis = new redis.clients.jedis.Jedis(redis.clients.jedis.HostAndPort.from(DatabaseServers.REDIS));
        jedis.auth(account.get("AccountName"), account.get("AccountPassword"));
        return jedis;
    }

    @Test
    void theClassicSdkRotatesToo() throws Exception {
        Imported secret = singleUser("mysql", "classic");
        String name = secret.name();
        String account = secret.account();
        String password = secret.password();
        Clients clients = node.clients();
        var json = new com.aliyuncs.kms.model.v20160120.RotateSecretRequest();
        json.setSecretName(name);
        json.setVersionId("classic-json");
        assertThat(clients.classic(json).getVersionId()).isEqualTo("classic-json");
        var xml = new com.aliyuncs.kms.model.v20160120.RotateSecretRequest();
        xml.setSecretName(name);
        xml.setVersionId("classic-xml");
        var reply = clients.classicXml(xml);
        assertThat(reply.getVersionId()).isEqualTo("classic-xml");
        assertThat(reply.getSecretName()).isEqualTo(name);
        com.aliyuncs.kms.model.v20160120.UpdateSecretRotationPolicyRequest policy =
                new com.aliyuncs.kms.model.v20160120.UpdateSecretRotationPolicyRequest();
        policy.setSecretName(name);
        policy.setEnableAutomaticRotation(true);
        policy.setRotationInterval("30d");
        assertThat(clients.classic(policy).getSecretName()).isEqualTo(name);
        Map<String, String> current = read(name, "ACSCurrent");
        assertThat(logsIn("mysql", current)).isTrue();
        assertThat(logsIn("mysql", Map.of("AccountName", account, "AccountPassword", password))).isFalse();
    }

    @Test
    void rotateSecretIsIdempotentOnItsVersionId() throws Exception {
        String name = singleUser("postgresql", "idempotent").name();
        rotate(name, "once");
        Map<String, String> after = read(name, "ACSCurrent");
        rotate(name, "once");
        rotate(name, "v1");
        assertThat(read(name, "ACSCurrent")).isEqualTo(after);
        assertThat(versions(name)).isEqualTo(2);
        assertThat(logsIn("postgresql", after)).isTrue();
    }

    @Test
    void managedSecretsAnswerTheDocumentedErrors() throws Exception {
        String password = "Imported-" + UUID.randomUUID();
        String account = node.servers().account("mysql", password);
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().createSecret(new CreateSecretRequest()
                .setSecretName(unique("e")).setVersionId("v1").setSecretType("Rds")
                .setSecretData(accounts(account, password))
                .setExtendedConfig(Map.of("SecretSubType", "SingleUser", "DBInstanceId", "rm-unknown"))));
        failsWith(400, "InvalidParameter", () -> createRds(unique("e"), "mysql", "SingleUser",
                accounts("kms_nobody_" + node.servers().tag, "x")));
        String name = unique("errors");
        createRds(name, "mysql", "SingleUser", accounts(account, password));
        failsWith(400, "Rejected.UnsupportedOperation", () -> node.tea().putSecretValue(new PutSecretValueRequest()
                .setSecretName(name).setVersionId("v2").setSecretData("x")));
        failsWith(400, "Rejected.UnsupportedOperation", () -> node.tea().updateSecretVersionStage(
                new UpdateSecretVersionStageRequest().setSecretName(name).setVersionStage("ACSCurrent")
                        .setMoveToVersion("v1")));
        node.tea().createSecret(new CreateSecretRequest().setSecretName(name + "-generic").setVersionId("v1")
                .setSecretData("x"));
        failsWith(400, "Rejected.UnsupportedOperation", () -> node.tea().rotateSecret(new RotateSecretRequest()
                .setSecretName(name + "-generic").setVersionId("r1")));
        failsWith(400, "Rejected.UnsupportedOperation", () -> node.tea().updateSecretRotationPolicy(
                new UpdateSecretRotationPolicyRequest().setSecretName(name + "-generic")
                        .setEnableAutomaticRotation(true).setRotationInterval("7d")));
        failsWith(400, "MissingParameter", () -> node.tea().updateSecretRotationPolicy(
                new UpdateSecretRotationPolicyRequest().setSecretName(name).setEnableAutomaticRotation(true)));
        failsWith(400, "InvalidParameter", () -> node.tea().updateSecretRotationPolicy(
                new UpdateSecretRotationPolicyRequest().setSecretName(name).setEnableAutomaticRotation(true)
                        .setRotationInterval("1h")));
        assertThat(versions(name)).isEqualTo(1);
    }

    @Test
    void theRotationPolicyShowsInDescribeSecret() throws Exception {
        String name = singleUser("postgresql", "policy").name();
        node.tea().updateSecretRotationPolicy(new UpdateSecretRotationPolicyRequest().setSecretName(name)
                .setEnableAutomaticRotation(true).setRotationInterval("7d"));
        var on = node.tea().describeSecret(new DescribeSecretRequest().setSecretName(name)).getBody();
        assertThat(on.getAutomaticRotation()).isEqualTo("Enabled");
        assertThat(on.getRotationInterval()).isEqualTo("604800s");
        assertThat(on.getNextRotationDate()).isNotBlank();
        node.tea().updateSecretRotationPolicy(new UpdateSecretRotationPolicyRequest().setSecretName(name)
                .setEnableAutomaticRotation(false));
        var off = node.tea().describeSecret(new DescribeSecretRequest().setSecretName(name)).getBody();
        assertThat(off.getAutomaticRotation()).isEqualTo("Disabled");
        assertThat(off.getNextRotationDate()).isNull();
    }

    @Test
    void everyRotationIsInTheAuditTrail() throws Exception {
        String name = singleUser("postgresql", "audited").name();
        rotate(name, "r1");
        String trail = node.service().cli("audit", "search", "--action", "RotateSecret:Success");
        assertThat(trail).contains(name);
        assertThat(node.service().cli("audit", "search", "--action", "RotateSecret")).contains(name);
        assertThat(node.service().cli("db-instance", "list")).contains("pg-1").contains("mysql-1").contains("redis-1")
                .doesNotContain(node.servers().adminPassword);
    }

    @Test
    void everyRotationIsCountedInTheMetricsByTypeOutcomeAndTrigger() throws Exception {
        String series = "kms_rotations_total{outcome=\"success\",trigger=\"manual\",type=\"Rds\"}";
        double before = metric(series);
        rotate(singleUser("postgresql", "counted").name(), "r1");
        assertThat(metric(series)).isEqualTo(before + 1);
        assertThat(new RawRpc(node.service()).get("/metrics").body())
                .contains("kms_rotations_total{outcome=\"failure\",trigger=\"automatic\",type=\"Redis\"}");
    }

    private static double metric(String series) throws Exception {
        return new RawRpc(node.service()).get("/metrics").body().lines().filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1))).findFirst()
                .orElseThrow(() -> new AssertionError(series + " is not at /metrics"));
    }

    @Test
    void removeTakesTheIdAsOptionOrArgument() throws Exception {
        node.servers().register(node.service(), "rm1", "redis");
        node.servers().register(node.service(), "rm2", "redis");
        assertThat(node.service().cli("db-instance", "remove", "--id", "redis-rm1")).contains("removed redis-rm1");
        assertThat(node.service().cli("db-instance", "remove", "redis-rm2")).contains("removed redis-rm2");
        assertThat(node.service().cli("db-instance", "list")).doesNotContain("redis-rm1").doesNotContain("redis-rm2")
                .contains("redis-1");
    }
}
