package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.RotateSecretRequest;
import com.aliyun.tea.TeaException;
import com.aliyuncs.kms.secretsmanager.client.SecretCacheClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RAMCredentials secrets through the official SDKs against the packaged service: the target is the service's own
 * user and its access keys, so each stage is proven by signing API calls with it. The application reads its own
 * credentials with them, through the caching client too.
 */
class RamCredentialsSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEY = Pattern.compile("AccessKeyId:\\s+(\\S+)\\s+AccessKeySecret:\\s+(\\S+)");
    private static final String USER = "app-ram";
    private static final String NAME = "acs/ram/user/" + USER;
    private static ServiceProcess service;
    private static Clients clients;
    private static Client root;
    private static final Set<String> seenSecrets = new HashSet<>();

    @BeforeAll
    static void start() throws Exception {
        service = ServiceProcess.start(Map.of("KMS_ROTATE_SECRET_HOURLY_LIMIT", "1000"));
        clients = new Clients(service);
        root = clients.tea();
        for (String user : List.of(USER, "other-user")) {
            service.cli("user", "create", user);
        }
        service.cli("policy", "create", "read-own", "--document", "{\"Version\":\"1\",\"Statement\":{\"Effect\":"
                + "\"Allow\",\"Action\":\"kms:GetSecretValue\",\"Resource\":\"*\"}}");
        service.cli("policy", "attach", "read-own", "--user", USER);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            LeakCanary.neverStoredOrLogged(service, seenSecrets, 4);
        } finally {
            service.close();
        }
    }

    private static Pair newKey(String user) throws Exception {
        Matcher m = KEY.matcher(service.cli("access-key", "create", "--user", user));
        assertThat(m.find()).isTrue();
        seenSecrets.add(m.group(2));
        return new Pair(m.group(1), m.group(2));
    }

    private record Pair(String id, String secret) {
        Map<String, String> asData() {
            return Map.of("AccessKeyId", id, "AccessKeySecret", secret);
        }
    }

    private static CreateSecretRequest create(String name, String user, Pair... pairs) throws Exception {
        return new CreateSecretRequest().setSecretName(name).setVersionId("v1").setSecretType("RAMCredentials")
                .setSecretData(JSON.writeValueAsString(Map.of("AccessKeys",
                        java.util.Arrays.stream(pairs).map(Pair::asData).toList())))
                .setExtendedConfig(Map.of("SecretSubType", "RamUserAccessKey", "UserName", user));
    }

    private static Map<String, String> read(Client as, String stage) throws Exception {
        String data = as.getSecretValue(new GetSecretValueRequest().setSecretName(NAME).setVersionStage(stage))
                .getBody().getSecretData();
        @SuppressWarnings("unchecked")
        Map<String, String> pair = JSON.readValue(data, Map.class);
        seenSecrets.add(pair.get("AccessKeySecret"));
        return pair;
    }

    private static Client as(Map<String, String> pair) throws Exception {
        return clients.tea(pair.get("AccessKeyId"), pair.get("AccessKeySecret"));
    }

    /** True when the pair signs a call the service accepts; false when the service no longer knows the key. */
    private static boolean signs(Map<String, String> pair) throws Exception {
        try {
            read(as(pair), "ACSCurrent");
            return true;
        } catch (TeaException e) {
            if (e.getStatusCode() == 404 && e.getCode().equals("InvalidAccessKeyId.NotFound")) {
                return false;
            }
            throw e;
        }
    }

    @Test
    void eachStagesPairSignsAndTheOneBeforeIsDeletedAtTheNextRotation() throws Exception {
        Pair first = newKey(USER);
        var created = root.createSecret(create("$Auto", USER, first)).getBody();
        assertThat(created.getSecretName()).isEqualTo(NAME);
        assertThat(created.getArn()).endsWith(":secret/" + NAME);
        Map<String, String> initial = read(root, "ACSCurrent");
        assertThat(initial).containsEntry("AccessKeyId", first.id()).containsEntry("AccessKeySecret", first.secret());
        assertThat(signs(initial)).isTrue();

        root.rotateSecret(new RotateSecretRequest().setSecretName(NAME).setVersionId("r1"));
        Map<String, String> second = read(root, "ACSCurrent");
        assertThat(second.get("AccessKeyId")).isNotEqualTo(first.id());
        assertThat(Instant.parse(second.get("GenerateTimestamp"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(read(root, "ACSPrevious")).isEqualTo(initial);
        assertThat(signs(second)).isTrue();
        assertThat(signs(initial)).as("the previous pair stays valid").isTrue();

        root.rotateSecret(new RotateSecretRequest().setSecretName(NAME).setVersionId("r2"));
        Map<String, String> third = read(as(second), "ACSCurrent");
        assertThat(read(root, "ACSPrevious")).isEqualTo(second);
        assertThat(signs(third)).isTrue();
        assertThat(signs(second)).isTrue();
        Poll.until("the pair that held ACSPrevious before the rotation is deleted", () -> !signs(initial));
        assertThat(service.cli("access-key", "list", "--user", USER)).contains(second.get("AccessKeyId"))
                .contains(third.get("AccessKeyId")).doesNotContain(first.id());

        // the application reads its own current credentials with them, through the caching client
        try (SecretCacheClient cache = new Clients(service).cachingClient(third.get("AccessKeyId"),
                third.get("AccessKeySecret"))) {
            @SuppressWarnings("unchecked")
            Map<String, String> cached = JSON.readValue(cache.getStringValue(NAME), Map.class);
            assertThat(cached).isEqualTo(third);
            assertThat(cache.getSecretInfo(NAME).getSecretType()).isEqualTo("RAMCredentials");
        }
    }

    @Test
    void onlyTheHolderOfAPairOfThatUserMayTakeItAndTheNameIsTheServices() throws Exception {
        Pair others = newKey("other-user");
        Pair mine = newKey("other-user");
        failsWith(400, "InvalidParameter", () -> root.createSecret(create("acs/ram/user/other-user", "other-user",
                mine)));
        failsWith(400, "InvalidParameter", () -> root.createSecret(create("$Auto", "other-user",
                new Pair(mine.id(), "not-its-secret"))));
        failsWith(400, "InvalidParameter", () -> root.createSecret(create("$Auto", USER, others)));
        failsWith(400, "InvalidParameter", () -> root.createSecret(create("$Auto", "nobody", others)));
        failsWith(404, "Forbidden.ResourceNotFound", () -> root.describeSecret(
                new com.aliyun.kms20160120.models.DescribeSecretRequest().setSecretName("acs/ram/user/other-user")));
        root.createSecret(create("$Auto", "other-user", mine, others));
        failsWith(400, "Rejected.UnsupportedOperation", () -> root.putSecretValue(
                new com.aliyun.kms20160120.models.PutSecretValueRequest().setSecretName("acs/ram/user/other-user")
                        .setVersionId("p1").setSecretData("x")));
        failsWith(409, "Rejected.ResourceExist", () -> root.createSecret(create("$Auto", "other-user", mine)));
    }
}
