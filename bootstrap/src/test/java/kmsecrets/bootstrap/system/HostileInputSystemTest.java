package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.ListSecretsRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inputs that answered 500 once, and the bounds on what a client controls: each gets a 400 (or Jetty's 413/431
 * for oversized requests) with a message naming what is wrong, and a refused call is still audited.
 */
class HostileInputSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ServiceProcess service;
    private static RawRpc rpc;

    @BeforeAll
    static void start() throws Exception {
        service = ServiceProcess.start();
        rpc = new RawRpc(service);
        SecretsWorkload.client(service).createSecret(new CreateSecretRequest().setSecretName("target")
                .setVersionId("v1").setSecretData("value"));
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    /** A correctly signed request whose parameters hold what the test says (signing encodes them as UTF-8). */
    private static HttpResponse<String> signed(Map<String, String> params) throws Exception {
        return rpc.postForm(rpc.signedQuery(params));
    }

    private static Map<?, ?> refused(HttpResponse<String> reply, int status, String code) throws Exception {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
        Map<?, ?> body = JSON.readValue(reply.body(), Map.class);
        assertThat(body.get("Code")).isEqualTo(code);
        assertThat(body.get("RequestId")).isNotNull();
        return body;
    }

    @Test
    void nulInAnyParameterIsRefusedAndTheRefusalIsAudited() throws Exception {
        long before = auditedRefusals();
        refused(signed(Map.of("Action", "DescribeKey", "KeyId", "\u0000")), 400, "InvalidParameter");
        refused(signed(Map.of("Action", "DescribeSecret", "SecretName", "tar\u0000get")), 400, "InvalidParameter");
        Map<?, ?> nonce = refused(rpc.postForm(rpc.signedQuery(Map.of("Action", "DescribeSecret", "SecretName",
                "target"), "\u0000", java.time.Instant.now())), 400, "InvalidParameter");
        assertThat(nonce.get("Message").toString()).contains("SignatureNonce");
        refused(rpc.postForm("Action=DescribeSecret&Version=2016-01-20&AccessKeyId=%00&SecretName=target"), 400,
                "InvalidParameter");
        refused(signed(Map.of("Action", "\u0000")), 400, "InvalidParameter");
        assertThat(auditedRefusals()).as("every refused call is in the audit trail").isEqualTo(before + 5);
        assertThat(service.output()).doesNotContain("could not be stored");
    }

    @Test
    void brokenEscapesAndInvalidUtf8NameTheParameter() throws Exception {
        for (String[] bad : new String[][] {{"Description", "%FE"}, {"KeyId", "%C3"}, {"SignatureNonce", "%C3%28"},
                {"PageNumber", "%FF"}, {"SecretName", "%G1"}, {"Description", "%ED%A0%80"}}) {
            Map<?, ?> body = refused(rpc.postForm(rpc.signedQuery(Map.of("Action", "ListSecrets")) + "&" + bad[0]
                    + "=" + bad[1]), 400, "InvalidParameter");
            assertThat(body.get("Message").toString()).as(bad[1]).contains(bad[0]);
        }
        refused(rpc.postForm(new byte[] {'A', 'c', 't', 'i', 'o', 'n', '=', (byte) 0xC3}, Map.of()), 400,
                "InvalidParameter");
        refused(rpc.postForm("Action=DescribeSecret&Version=2016-01-20&AccessKeyId=%FE%FF&SecretName=target"), 400,
                "InvalidParameter");
    }

    @Test
    void tagsOfTheWrongShapeAreInvalidParameters() throws Exception {
        for (String tags : new String[] {"[null]", "null", "[{\"TagKey\":null}]", "[{\"TagKey\":\"k\",\"TagValue\":1}]",
                "[{\"TagKey\":\"k\\u0000\",\"TagValue\":\"v\"}]", "{}"}) {
            Map<?, ?> body = refused(signed(Map.of("Action", "TagResource", "SecretName", "target", "Tags", tags)),
                    400, "InvalidParameter");
            assertThat(body.get("Message").toString()).as(tags).contains("Tags");
            refused(signed(Map.of("Action", "CreateSecret", "SecretName", "tagged", "VersionId", "v1",
                    "SecretData", "x", "Tags", tags)), 400, "InvalidParameter");
        }
    }

    @Test
    void secretDataKeepsItsFullRangeAndDescriptionsTheirLineBreaks() throws Exception {
        String data = "line1\nline2\u0000\u0001\ttab \uD83D\uDD11";
        assertThat(signed(Map.of("Action", "CreateSecret", "SecretName", "full-range", "VersionId", "v1",
                "SecretData", data, "Description", "first line\nsecond line")).statusCode()).isEqualTo(200);
        Map<?, ?> read = JSON.readValue(signed(Map.of("Action", "GetSecretValue", "SecretName", "full-range"))
                .body(), Map.class);
        assertThat(read.get("SecretData")).isEqualTo(data);
        refused(signed(Map.of("Action", "UpdateSecret", "SecretName", "full-range", "Description", "bell\u0007")),
                400, "InvalidParameter");
    }

    @Test
    void listSecretsFiltersTakeSeveralValuesPerKey() throws Exception {
        var tea = SecretsWorkload.client(service);
        tea.createSecret(new CreateSecretRequest().setSecretName("fa-1").setVersionId("v1").setSecretData("x"));
        tea.createSecret(new CreateSecretRequest().setSecretName("fb-1").setVersionId("v1").setSecretData("x"));
        var listed = tea.listSecrets(new ListSecretsRequest()
                .setFilters("[{\"Key\":\"SecretName\",\"Values\":[\"fa\",\"fb\"]}]")).getBody();
        assertThat(listed.getSecretList().getSecret()).extracting(s -> s.getSecretName())
                .containsExactlyInAnyOrder("fa-1", "fb-1");
    }

    @Test
    void whatAClientControlsIsBounded() throws Exception {
        Map<String, String> many = new LinkedHashMap<>(Map.of("Action", "ListSecrets"));
        for (int i = 0; i < 500; i++) {
            many.put("P" + i, "x");
        }
        assertThat(refused(signed(many), 400, "InvalidParameter").get("Message").toString()).contains("parameters");
        String deep = "[".repeat(40) + "]".repeat(40);
        refused(signed(Map.of("Action", "ListSecrets", "Filters", deep)), 400, "InvalidParameter");
        refused(signed(Map.of("Action", "CreateSecret", "SecretName", "deep", "VersionId", "v1", "SecretData", "x",
                "ExtendedConfig", "{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}")), 400, "InvalidParameter");
        refused(signed(Map.of("Action", "ListSecrets", "PageSize", "101")), 400, "InvalidParameter");
        refused(signed(Map.of("Action", "ListSecrets", "PageSize", "99999999999999")), 400, "InvalidParameter");
        refused(signed(Map.of("Action", "ListSecrets", "PageNumber", "0")), 400, "InvalidParameter");
        HttpResponse<String> oversized = rpc.postForm(("Action=ListSecrets&Big=" + "x".repeat(600 * 1024))
                .getBytes(StandardCharsets.US_ASCII), Map.of());
        refused(oversized, 400, "ParseRequestParameterException");
        HttpResponse<String> hugeHeader = rpc.postForm("Action=ListSecrets".getBytes(StandardCharsets.US_ASCII),
                Map.of("X-Padding", "y".repeat(600 * 1024)));
        assertThat(hugeHeader.statusCode()).isEqualTo(431);
    }

    private static long auditedRefusals() throws Exception {
        try (Connection c = service.sql(); ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from audit_events where result = 'InvalidParameter'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
