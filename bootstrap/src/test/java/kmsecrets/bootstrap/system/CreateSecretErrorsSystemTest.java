package kmsecrets.bootstrap.system;

import java.util.List;
import java.util.ArrayList;
import java.net.http.HttpResponse;
import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented CreateSecret error, provoked through the Tea SDK, asserting HTTP status and Code, and that a
 * refused request leaves nothing behind.
 */
class CreateSecretErrorsSystemTest {
    /** An existing PostgreSQL node.account() with the password "pw", on the instance pg-errors. */

    @RegisterExtension
    static final SharedService node = SharedService.start().withInstance("errors", "postgresql").withAccount("pw");

    private static CreateSecretRequest generic(String name) {
        return new CreateSecretRequest().setSecretName(name).setVersionId("v1").setSecretData("s3cret");
    }

    private static Map<String, Object> rdsConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("SecretSubType", "SingleUser");
        config.put("DBInstanceId", "pg-errors");
        config.put("CustomData", Map.of());
        return config;
    }

    private static CreateSecretRequest rds(String name) {
        return new CreateSecretRequest().setSecretName(name).setVersionId("v1").setSecretType("Rds")
                .setSecretData("{\"Accounts\":[{\"AccountName\":\"" + node.account() + "\",\"AccountPassword\":\"pw\"}]}")
                .setExtendedConfig(rdsConfig());
    }

    private static CreateSecretRequest rdsWith(String name, UnaryOperator<Map<String, Object>> change) {
        return rds(name).setExtendedConfig(change.apply(new HashMap<>(rdsConfig())));
    }

    static Stream<Arguments> invalidRequests() {
        String tooLong = "x".repeat(1100);
        return Stream.of(
                Arguments.of("Rds without ExtendedConfig", rds("e1").setExtendedConfig(null)),
                Arguments.of("SecretSubType not SingleUser or DoubleUsers",
                        rdsWith("e2", c -> { c.put("SecretSubType", "TripleUsers"); return c; })),
                Arguments.of("missing DBInstanceId", rdsWith("e3", c -> { c.remove("DBInstanceId"); return c; })),
                Arguments.of("more than 10 CustomData pairs", rdsWith("e4", c -> {
                    c.put("CustomData", IntStream.range(0, 11).boxed()
                            .collect(Collectors.toMap(i -> "k" + i, i -> "v")));
                    return c;
                })),
                Arguments.of("ExtendedConfig over 1024 characters",
                        rdsWith("e5", c -> { c.put("CustomData", Map.of("k", tooLong)); return c; })),
                Arguments.of("Rds SecretData in neither documented shape", rds("e6").setSecretData("just-a-password")),
                Arguments.of("DoubleUsers with one node.account()",
                        rdsWith("e7", c -> { c.put("SecretSubType", "DoubleUsers"); return c; })),
                Arguments.of("rotation enabled without RotationInterval",
                        rds("e8").setEnableAutomaticRotation(true)),
                Arguments.of("interval below 6h", rds("e9").setEnableAutomaticRotation(true).setRotationInterval("5h")),
                Arguments.of("interval above 8760h",
                        rds("e10").setEnableAutomaticRotation(true).setRotationInterval("366d")),
                Arguments.of("interval not integer[d|h|m|s]",
                        rds("e11").setEnableAutomaticRotation(true).setRotationInterval("7 days")),
                Arguments.of("binary SecretData that is not Base64",
                        generic("e12").setSecretDataType("binary").setSecretData("not base64!")),
                Arguments.of("binary data type on an Rds secret", rds("e13").setSecretDataType("binary")),
                Arguments.of("unknown SecretDataType", generic("e14").setSecretDataType("yaml")),
                Arguments.of("value over 30720 bytes", generic("e15").setSecretData("v".repeat(30_721))),
                Arguments.of("empty SecretData", generic("e16").setSecretData("")),
                Arguments.of("SecretName with a forbidden character", generic("bad name!")),
                Arguments.of("SecretName over 192 characters", generic("n".repeat(193))),
                Arguments.of("VersionId over 64 characters", generic("e19").setVersionId("v".repeat(65))),
                Arguments.of("Description over 1024 characters", generic("e20").setDescription(tooLong)),
                Arguments.of("tag key with a forbidden character",
                        generic("e21").setTags("[{\"TagKey\":\"bad key\",\"TagValue\":\"v\"}]")),
                Arguments.of("tag key starting with acs:",
                        generic("e22").setTags("[{\"TagKey\":\"acs:x\",\"TagValue\":\"v\"}]")),
                Arguments.of("Tags that are not JSON", generic("e23").setTags("env=prod")),
                Arguments.of("the reserved acs/ prefix", generic("acs/e24")),
                Arguments.of("unknown SecretType", generic("e25").setSecretType("Kerberos")),
                Arguments.of("automatic rotation of a Generic secret",
                        generic("e26").setEnableAutomaticRotation(true).setRotationInterval("7d")),
                Arguments.of("CustomData that is not an object",
                        rdsWith("e27", c -> { c.put("CustomData", "text"); return c; })),
                Arguments.of("a resource policy (not supported yet)", generic("e28").setPolicy("{\"Version\":\"1\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void invalidInputIsInvalidParameterAndStoresNothing(String rule, CreateSecretRequest request) throws Exception {
        long before = secretCount();
        failsWith(400, "InvalidParameter", () -> node.tea().createSecret(request));
        assertThat(secretCount()).isEqualTo(before);
    }

    @Test
    void missingSecretNameIsMissingParameter() throws Exception {
        failsWith(400, "MissingParameter", () -> node.tea().createSecret(
                new CreateSecretRequest().setVersionId("v1").setSecretData("x")));
    }

    @Test
    void moreThanTwentyTagsIsLimitExceeded() throws Exception {
        String tags = IntStream.range(0, 21).mapToObj(i -> "{\"TagKey\":\"k" + i + "\",\"TagValue\":\"v\"}")
                .collect(Collectors.joining(",", "[", "]"));
        failsWith(400, "Rejected.LimitExceeded", () -> node.tea().createSecret(generic("many-tags").setTags(tags)));
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().getSecretValue(
                new GetSecretValueRequest().setSecretName("many-tags")));
    }

    @Test
    void twentyTagsAreAccepted() throws Exception {
        String tags = IntStream.range(0, 20).mapToObj(i -> "{\"TagKey\":\"k" + i + "\",\"TagValue\":\"v\"}")
                .collect(Collectors.joining(",", "[", "]"));
        assertThat(node.tea().createSecret(generic("twenty-tags").setTags(tags)).getBody().getSecretName())
                .isEqualTo("twenty-tags");
    }

    @Test
    void unknownEncryptionKeyIsResourceNotFound() throws Exception {
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().createSecret(
                generic("unknown-key").setEncryptionKeyId("key-doesnotexist000000000")));
    }

    @Test
    void aLiveNameIsResourceExist() throws Exception {
        node.tea().createSecret(generic("taken"));
        failsWith(409, "Rejected.ResourceExist", () -> node.tea().createSecret(generic("taken").setSecretData("other")));
        assertThat(node.tea().getSecretValue(new GetSecretValueRequest().setSecretName("taken")).getBody().getSecretData())
                .isEqualTo("s3cret");
    }

    @Test
    void aNamePendingDeletionIsResourceInDeleteWindow() throws Exception {
        node.tea().createSecret(generic("pending"));
        node.tea().deleteSecret(new com.aliyun.kms20160120.models.DeleteSecretRequest().setSecretName("pending"));
        failsWith(409, "Rejected.ResourceInDeleteWindow", () -> node.tea().createSecret(generic("pending")));
    }

    @Test
    void aFullQuotaIsLimitExceeded() throws Exception {
        try (ServiceProcess small = ServiceProcess.start(Map.of("KMS_SECRET_QUOTA", "2"))) {
            Client client = new Clients(small).tea();
            client.createSecret(generic("q1"));
            client.createSecret(generic("q2"));
            failsWith(400, "Rejected.LimitExceeded", () -> client.createSecret(generic("q3")));
        }
    }

    @Test
    void anAccessKeyOverItsRateIsThrottled() throws Exception {
        try (ServiceProcess slow = ServiceProcess.start(Map.of("KMS_THROTTLE_RPS", "2"))) {
            // signed by hand: an SDK would back off and retry, which is what a client should do, but slowly
            RawRpc raw = new RawRpc(slow);
            List<HttpResponse<String>> replies = new ArrayList<>();
            for (int i = 0; i < 20 && replies.stream().noneMatch(r -> r.statusCode() == 429); i++) {
                replies.add(raw.post(raw.signedQuery(Map.of("Action", "GetRandomPassword"))));
            }
            assertThat(replies).anySatisfy(r -> {
                assertThat(r.statusCode()).isEqualTo(429);
                assertThat(r.body()).contains("\"Code\":\"Rejected.Throttling\"").contains("RequestId");
            });
            assertThat(replies.get(0).statusCode()).as("the first call is within the rate").isEqualTo(200);
        }
    }

    @Test
    void rdsSecretsReportTheirRotationInSeconds() throws Exception {
        var body = node.tea().createSecret(rds("rds-ok").setEnableAutomaticRotation(true).setRotationInterval("7d"))
                .getBody();
        assertThat(body.getSecretType()).isEqualTo("Rds");
        assertThat(body.getAutomaticRotation()).isEqualTo("Enabled");
        assertThat(body.getRotationInterval()).isEqualTo("604800s");
        assertThat(body.getNextRotationDate()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(body.getExtendedConfig()).contains("\"DBInstanceId\":\"pg-errors\"");
        var read = node.tea().getSecretValue(new GetSecretValueRequest().setSecretName("rds-ok")
                .setFetchExtendedConfig(true)).getBody();
        assertThat(read.getSecretData()).isEqualTo("{\"AccountName\":\"" + node.account() + "\",\"AccountPassword\":\"pw\"}");
        assertThat(read.getExtendedConfig()).isEqualTo(body.getExtendedConfig());
        assertThat(read.getRotationInterval()).isEqualTo("604800s");
    }

    private static long secretCount() throws Exception {
        try (Connection c = node.service().sql(); ResultSet rs = c.createStatement()
                .executeQuery("select (select count(*) from secrets) + (select count(*) from secret_versions)")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
