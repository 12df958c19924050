package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DeleteSecretRequest;
import com.aliyun.kms20160120.models.DescribeSecretRequest;
import com.aliyun.kms20160120.models.GetRandomPasswordRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.ListSecretVersionIdsRequest;
import com.aliyun.kms20160120.models.ListSecretsRequest;
import com.aliyun.kms20160120.models.ListTagResourcesRequest;
import com.aliyun.kms20160120.models.PutSecretValueRequest;
import com.aliyun.kms20160120.models.RestoreSecretRequest;
import com.aliyun.kms20160120.models.TagResourceRequest;
import com.aliyun.kms20160120.models.TagResourcesRequest;
import com.aliyun.kms20160120.models.UntagResourceRequest;
import com.aliyun.kms20160120.models.UntagResourcesRequest;
import com.aliyun.kms20160120.models.UpdateSecretRequest;
import com.aliyun.kms20160120.models.UpdateSecretVersionStageRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every implemented action (DescribeRegions aside: it needs no permission), called by a user without permission (Forbidden.NoPermission, nothing changes), by a
 * user whose policy allows it (success), and by a user allowed everything but also denied everything (the Deny wins).
 */
class PermissionMatrixSystemTest {
    private static final Pattern KEY = Pattern.compile("AccessKeyId:\\s+(\\S+)\\s+AccessKeySecret:\\s+(\\S+)");
    private static final List<String> ACTIONS = List.of("CreateSecret", "GetSecretValue", "BatchGetSecretValue",
            "PutSecretValue", "UpdateSecretVersionStage", "ListSecretVersionIds", "DescribeSecret", "UpdateSecret",
            "ListSecrets", "DeleteSecret", "RestoreSecret", "TagResource", "UntagResource", "TagResources",
            "UntagResources", "ListTagResources", "GetRandomPassword", "CreateKey", "DescribeKey", "ListKeys",
            "EnableKey", "DisableKey", "ScheduleKeyDeletion", "CancelKeyDeletion", "UpdateKeyDescription",
            "CreateKeyVersion", "ListKeyVersions", "DescribeKeyVersion", "Encrypt", "Decrypt", "GenerateDataKey",
            "GenerateDataKeyWithoutPlaintext", "ReEncrypt", "CreateAlias", "UpdateAlias", "DeleteAlias",
            "ListAliases", "ListAliasesByKeyId", "UpdateRotationPolicy", "ListResourceTags", "RotateSecret",
            "UpdateSecretRotationPolicy", "ListAuditEvents", "GetAuditTrailStatus");
    private static final Map<Integer, String> PREPARED_BLOBS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Integer, String> PREPARED_KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static ServiceProcess service;
    private static DatabaseServers servers;
    private static Client root;
    private static final Map<String, String[]> KEYS = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        service = ServiceProcess.start(Map.of("KMS_KEY_VERSION_MIN_INTERVAL_SECONDS", "0"));
        root = new Clients(service).tea();
        String granted = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":["
                + String.join(",", ACTIONS.stream().map(a -> "\"kms:" + a + "\"").toList())
                + ",\"kms:ReEncryptFrom\",\"kms:ReEncryptTo\"],\"Resource\":[\"acs:kms:cn-hangzhou:*:secret/*\","
                + "\"acs:kms:cn-hangzhou:*:secret\",\"acs:kms:cn-hangzhou:*:key/*\",\"acs:kms:cn-hangzhou:*:key\",\"acs:kms:cn-hangzhou:*:alias/*\",\"acs:kms:cn-hangzhou:*:alias\",\"*\"]}]}";
        service.cli("policy", "create", "granted", "--document", granted);
        service.cli("policy", "create", "allow-all", "--document",
                "{\"Version\":\"1\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}}");
        service.cli("policy", "create", "deny-all", "--document",
                "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}");
        for (String user : List.of("nobody", "granted", "conflicted")) {
            service.cli("user", "create", user);
            Matcher m = KEY.matcher(service.cli("access-key", "create", "--user", user));
            assertThat(m.find()).isTrue();
            KEYS.put(user, new String[] {m.group(1), m.group(2)});
        }
        service.cli("policy", "attach", "granted", "--user", "granted");
        service.cli("policy", "attach", "allow-all", "--user", "conflicted");
        service.cli("policy", "attach", "deny-all", "--user", "conflicted");
        assertThat(service.cli("policy", "list")).contains("granted\tgranted").contains("deny-all\tconflicted");
        root.createSecret(new CreateSecretRequest().setSecretName("matrix/read").setVersionId("v1").setSecretData("r"));
        root.createSecret(new CreateSecretRequest().setSecretName("matrix/write").setVersionId("v1").setSecretData("w"));
        servers = new DatabaseServers();
        servers.register(service, "matrix", "mysql");
        String account = servers.account("mysql", "Matrix-pw1");
        root.createSecret(new CreateSecretRequest().setSecretName("matrix/rds").setVersionId("v1").setSecretType("Rds")
                .setSecretData("{\"AccountName\":\"" + account + "\",\"AccountPassword\":\"Matrix-pw1\"}")
                .setExtendedConfig(Map.of("SecretSubType", "SingleUser", "DBInstanceId", "mysql-matrix")));
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
        servers.close();
    }

    static List<String> actions() {
        return ACTIONS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void onlyAGrantWithoutDenyLetsAUserAct(String action) throws Exception {
        for (String refused : List.of("nobody", "conflicted")) {
            int n = prepare(action);
            String before = snapshot();
            String outcome = outcome(() -> call(action, refused, n));
            assertThat(outcome).as(action + " by " + refused).isEqualTo("403 Forbidden.NoPermission");
            assertThat(snapshot()).as(action + " by " + refused + " changed nothing").isEqualTo(before);
        }
        int n = prepare(action);
        assertThat(outcome(() -> call(action, "granted", n))).as(action + " by granted").isEqualTo("200");
    }

    @org.junit.jupiter.api.Test
    void disabledAndDeletedKeysStopWorkingOnceTheCacheExpires() throws Exception {
        service.cli("user", "create", "temporary");
        Matcher m = KEY.matcher(service.cli("access-key", "create", "--user", "temporary"));
        assertThat(m.find()).isTrue();
        String id = m.group(1);
        Client tea = new Clients(service).tea(id, m.group(2));
        assertThat(outcome(() -> tea.getRandomPassword(new GetRandomPasswordRequest())))
                .as("no policy yet").isEqualTo("403 Forbidden.NoPermission");
        assertThat(service.cli("access-key", "list", "--user", "temporary")).contains(id + "\ttemporary\tenabled")
                .doesNotContain(m.group(2));
        service.cli("access-key", "disable", id);
        // each node keeps a looked-up key for 5 s: poll (bounded) instead of sleeping past it
        Poll.until("the disabled key is refused", () -> outcomeQuietly(() -> tea.getRandomPassword(
                new GetRandomPasswordRequest())).equals("403 Forbidden.AccessKey"));
        service.cli("user", "delete", "temporary");
        assertThat(service.cli("access-key", "list")).doesNotContain(id);
        Poll.until("the deleted key is unknown", () -> outcomeQuietly(() -> tea.getRandomPassword(
                new GetRandomPasswordRequest())).equals("404 InvalidAccessKeyId.NotFound"));
    }

    private static String outcomeQuietly(Call call) {
        try {
            return outcome(call);
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    /** "200", or the HTTP status and Code of the refusal. */
    private static String outcome(Call call) throws Exception {
        try {
            call.run();
            return "200";
        } catch (com.aliyun.tea.TeaException e) {
            return e.getStatusCode() + " " + e.getCode();
        } catch (Refused e) {
            return e.getMessage();
        }
    }

    /** Root's part before a call: the secret a deletion or restore acts on. Returns the attempt's number. */
    private static int prepare(String action) throws Exception {
        int n = SEQUENCE.incrementAndGet();
        if (action.equals("DeleteSecret") || action.equals("RestoreSecret")) {
            root.createSecret(new CreateSecretRequest().setSecretName("matrix/target-" + n).setVersionId("v1")
                    .setSecretData("x"));
        }
        if (action.equals("RestoreSecret")) {
            root.deleteSecret(new DeleteSecretRequest().setSecretName("matrix/target-" + n));
        }
        if (action.endsWith("Key") || action.endsWith("KeyDeletion") || action.contains("KeyVersion")
                || action.equals("UpdateKeyDescription") || action.equals("Encrypt") || action.equals("Decrypt")
                || action.startsWith("GenerateDataKey") || action.equals("ReEncrypt") || action.contains("Alias")
                || action.equals("UpdateRotationPolicy") || action.equals("ListResourceTags")) {
            String keyId = root.createKey(new com.aliyun.kms20160120.models.CreateKeyRequest()).getBody()
                    .getKeyMetadata().getKeyId();
            PREPARED_KEYS.put(n, keyId);
            if (action.equals("Decrypt") || action.equals("ReEncrypt")) {
                PREPARED_BLOBS.put(n, root.encrypt(new com.aliyun.kms20160120.models.EncryptRequest().setKeyId(keyId)
                        .setPlaintext("aGVsbG8=")).getBody().getCiphertextBlob());
            }
            if (action.equals("UpdateAlias") || action.equals("DeleteAlias")) {
                root.createAlias(new com.aliyun.kms20160120.models.CreateAliasRequest().setAliasName("alias/m" + n)
                        .setKeyId(keyId));
            }
            if (action.equals("CancelKeyDeletion")) {
                root.scheduleKeyDeletion(new com.aliyun.kms20160120.models.ScheduleKeyDeletionRequest()
                        .setKeyId(keyId).setPendingWindowInDays(7));
            }
        }
        return n;
    }

    private static void call(String action, String user, int n) throws Exception {
        Client tea = new Clients(service).tea(KEYS.get(user)[0], KEYS.get(user)[1]);
        switch (action) {
            case "CreateSecret" -> tea.createSecret(new CreateSecretRequest().setSecretName("matrix/new-" + n)
                    .setVersionId("v1").setSecretData("x"));
            case "GetSecretValue" -> tea.getSecretValue(new GetSecretValueRequest().setSecretName("matrix/read"));
            case "BatchGetSecretValue" -> assertThat(raw(user, Map.of("Action", "BatchGetSecretValue",
                    "SecretsList", "[{\"SecretName\":\"matrix/read\"}]"))).contains("\"SecretData\":\"r\"");
            case "ListAuditEvents" -> assertThat(raw(user, Map.of("Action", "ListAuditEvents", "MaxResults", "5")))
                    .contains("\"EventAction\"");
            case "GetAuditTrailStatus" -> assertThat(raw(user, Map.of("Action", "GetAuditTrailStatus")))
                    .contains("\"Intact\":true");
            case "PutSecretValue" -> tea.putSecretValue(new PutSecretValueRequest().setSecretName("matrix/write")
                    .setVersionId("p" + n).setSecretData("x"));
            case "UpdateSecretVersionStage" -> tea.updateSecretVersionStage(new UpdateSecretVersionStageRequest()
                    .setSecretName("matrix/write").setVersionStage("Blue").setMoveToVersion("v1"));
            case "ListSecretVersionIds" -> tea.listSecretVersionIds(new ListSecretVersionIdsRequest()
                    .setSecretName("matrix/read"));
            case "DescribeSecret" -> tea.describeSecret(new DescribeSecretRequest().setSecretName("matrix/read"));
            case "UpdateSecret" -> tea.updateSecret(new UpdateSecretRequest().setSecretName("matrix/write")
                    .setDescription("d" + n));
            case "ListSecrets" -> tea.listSecrets(new ListSecretsRequest());
            case "DeleteSecret" -> tea.deleteSecret(new DeleteSecretRequest().setSecretName("matrix/target-" + n));
            case "RestoreSecret" -> tea.restoreSecret(new RestoreSecretRequest().setSecretName("matrix/target-" + n));
            case "TagResource" -> tea.tagResource(new TagResourceRequest().setSecretName("matrix/write")
                    .setTags("[{\"TagKey\":\"k\",\"TagValue\":\"v" + n + "\"}]"));
            case "UntagResource" -> tea.untagResource(new UntagResourceRequest().setSecretName("matrix/write")
                    .setTagKeys("[\"k\"]"));
            case "TagResources" -> tea.tagResources(new TagResourcesRequest().setRegionId("cn-hangzhou")
                    .setResourceType("secret").setResourceId(List.of("matrix/write"))
                    .setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag().setKey("k2").setValue("v" + n))));
            case "UntagResources" -> tea.untagResources(new UntagResourcesRequest().setRegionId("cn-hangzhou")
                    .setResourceType("secret").setResourceId(List.of("matrix/write")).setTagKey(List.of("k2")));
            case "ListTagResources" -> tea.listTagResources(new ListTagResourcesRequest().setRegionId("cn-hangzhou")
                    .setResourceType("secret").setResourceId(List.of("matrix/write")));
            case "GetRandomPassword" -> tea.getRandomPassword(new GetRandomPasswordRequest());
            case "CreateKey" -> tea.createKey(new com.aliyun.kms20160120.models.CreateKeyRequest());
            case "DescribeKey" -> tea.describeKey(new com.aliyun.kms20160120.models.DescribeKeyRequest()
                    .setKeyId(PREPARED_KEYS.get(n)));
            case "ListKeys" -> tea.listKeys(new com.aliyun.kms20160120.models.ListKeysRequest());
            case "EnableKey" -> tea.enableKey(new com.aliyun.kms20160120.models.EnableKeyRequest()
                    .setKeyId(PREPARED_KEYS.get(n)));
            case "DisableKey" -> tea.disableKey(new com.aliyun.kms20160120.models.DisableKeyRequest()
                    .setKeyId(PREPARED_KEYS.get(n)));
            case "ScheduleKeyDeletion" -> tea.scheduleKeyDeletion(new com.aliyun.kms20160120.models
                    .ScheduleKeyDeletionRequest().setKeyId(PREPARED_KEYS.get(n)).setPendingWindowInDays(7));
            case "CancelKeyDeletion" -> tea.cancelKeyDeletion(new com.aliyun.kms20160120.models
                    .CancelKeyDeletionRequest().setKeyId(PREPARED_KEYS.get(n)));
            case "CreateKeyVersion" -> tea.createKeyVersion(new com.aliyun.kms20160120.models.CreateKeyVersionRequest()
                    .setKeyId(PREPARED_KEYS.get(n)));
            case "ListKeyVersions" -> tea.listKeyVersions(new com.aliyun.kms20160120.models.ListKeyVersionsRequest()
                    .setKeyId(PREPARED_KEYS.get(n)));
            case "DescribeKeyVersion" -> tea.describeKeyVersion(new com.aliyun.kms20160120.models
                    .DescribeKeyVersionRequest().setKeyId(PREPARED_KEYS.get(n))
                    .setKeyVersionId(PREPARED_KEYS.get(n) + "-v1"));
            case "Encrypt" -> tea.encrypt(new com.aliyun.kms20160120.models.EncryptRequest()
                    .setKeyId(PREPARED_KEYS.get(n)).setPlaintext("aGVsbG8="));
            case "Decrypt" -> tea.decrypt(new com.aliyun.kms20160120.models.DecryptRequest()
                    .setCiphertextBlob(PREPARED_BLOBS.get(n)));
            case "GenerateDataKey" -> tea.generateDataKey(new com.aliyun.kms20160120.models.GenerateDataKeyRequest()
                    .setKeyId(PREPARED_KEYS.get(n)));
            case "GenerateDataKeyWithoutPlaintext" -> tea.generateDataKeyWithoutPlaintext(
                    new com.aliyun.kms20160120.models.GenerateDataKeyWithoutPlaintextRequest()
                            .setKeyId(PREPARED_KEYS.get(n)));
            case "ReEncrypt" -> tea.reEncrypt(new com.aliyun.kms20160120.models.ReEncryptRequest()
                    .setCiphertextBlob(PREPARED_BLOBS.get(n)).setDestinationKeyId(PREPARED_KEYS.get(n)));
            case "CreateAlias" -> tea.createAlias(new com.aliyun.kms20160120.models.CreateAliasRequest()
                    .setAliasName("alias/m" + n).setKeyId(PREPARED_KEYS.get(n)));
            case "UpdateAlias" -> tea.updateAlias(new com.aliyun.kms20160120.models.UpdateAliasRequest()
                    .setAliasName("alias/m" + n).setKeyId(PREPARED_KEYS.get(n)));
            case "DeleteAlias" -> tea.deleteAlias(new com.aliyun.kms20160120.models.DeleteAliasRequest()
                    .setAliasName("alias/m" + n));
            case "ListAliases" -> tea.listAliases(new com.aliyun.kms20160120.models.ListAliasesRequest());
            case "ListAliasesByKeyId" -> tea.listAliasesByKeyId(new com.aliyun.kms20160120.models
                    .ListAliasesByKeyIdRequest().setKeyId(PREPARED_KEYS.get(n)));
            case "ListResourceTags" -> tea.listResourceTags(new com.aliyun.kms20160120.models.ListResourceTagsRequest()
                    .setKeyId(PREPARED_KEYS.get(n)));
            case "UpdateRotationPolicy" -> tea.updateRotationPolicy(new com.aliyun.kms20160120.models
                    .UpdateRotationPolicyRequest().setKeyId(PREPARED_KEYS.get(n)).setEnableAutomaticRotation(true)
                    .setRotationInterval("30d"));
            case "UpdateKeyDescription" -> tea.updateKeyDescription(new com.aliyun.kms20160120.models
                    .UpdateKeyDescriptionRequest().setKeyId(PREPARED_KEYS.get(n)).setDescription("d" + n));
            case "RotateSecret" -> tea.rotateSecret(new com.aliyun.kms20160120.models.RotateSecretRequest()
                    .setSecretName("matrix/rds").setVersionId("rot" + n));
            case "UpdateSecretRotationPolicy" -> tea.updateSecretRotationPolicy(new com.aliyun.kms20160120.models
                    .UpdateSecretRotationPolicyRequest().setSecretName("matrix/rds").setEnableAutomaticRotation(true)
                    .setRotationInterval("7d"));
            default -> throw new IllegalArgumentException(action);
        }
    }

    /**
     * A hand-signed request, for actions without an SDK model (BatchGetSecretValue in the pinned SDKs; our
     * extensions ListAuditEvents and GetAuditTrailStatus): the reply's body, or {@link Refused}.
     */
    private static String raw(String user, Map<String, String> parameters) throws Exception {
        RawRpc raw = new RawRpc(service, KEYS.get(user)[0], KEYS.get(user)[1]);
        HttpResponse<String> reply = raw.post(raw.signedQuery(parameters));
        if (reply.statusCode() != 200) {
            Matcher code = Pattern.compile("\"Code\":\"([^\"]+)\"").matcher(reply.body());
            throw new Refused(reply.statusCode() + " " + (code.find() ? code.group(1) : "?"));
        }
        return reply.body();
    }

    private static final class Refused extends RuntimeException {
        Refused(String outcome) {
            super(outcome);
        }
    }

    /** Every row a secret operation could change (request nonces aside: every request records one). */
    private static String snapshot() throws Exception {
        StringBuilder rows = new StringBuilder();
        try (Connection c = service.sql()) {
            for (String table : List.of("secrets", "secret_versions", "secret_stages", "secret_tags",
                    "customer_keys", "key_versions", "key_aliases", "key_tags", "account_secret_counts",
                    "access_keys")) {
                try (ResultSet rs = c.createStatement().executeQuery("select t::text from " + table + " t order by 1")) {
                    while (rs.next()) {
                        rows.append(table).append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        return rows.toString();
    }
}
