package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Replay protection, the time window, the request envelope, and long request lines. */
class RequestAuthenticationSystemTest {
    private static ServiceProcess service;
    private static RawRpc raw;

    @BeforeAll
    static void start() throws Exception {
        service = ServiceProcess.start();
        raw = new RawRpc(service);
        new Clients(service).tea().createSecret(new CreateSecretRequest().setSecretName("known").setVersionId("v1")
                .setSecretData("known-value"));
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    @Test
    void aReplayedNonceIsRefused() throws Exception {
        String query = raw.signedQuery(Map.of("Action", "GetSecretValue", "SecretName", "known"));
        HttpResponse<String> first = raw.post(query);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"SecretData\":\"known-value\"");
        HttpResponse<String> replay = raw.post(query);
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("\"Code\":\"SignatureNonceUsed\"").contains("\"RequestId\"")
                .doesNotContain("known-value");
    }

    @Test
    void theNonceIsSharedThroughTheDatabase() throws Exception {
        String query = raw.signedQuery(Map.of("Action", "GetSecretValue", "SecretName", "known"));
        raw.post(query);
        try (Connection c = service.sql(); var rs = c.createStatement().executeQuery(
                "select relpersistence from pg_class where relname = 'request_nonces'")) {
            rs.next();
            assertThat(rs.getString(1)).as("UNLOGGED").isEqualTo("u");
        }
    }

    @Test
    void timestampsOutsideFifteenMinutesAreExpired() throws Exception {
        for (Duration offset : new Duration[] {Duration.ofMinutes(-16), Duration.ofMinutes(16)}) {
            HttpResponse<String> reply = raw.post(raw.signedQuery(
                    Map.of("Action", "GetSecretValue", "SecretName", "known"), "n-" + offset, Instant.now().plus(offset)));
            assertThat(reply.statusCode()).isEqualTo(400);
            assertThat(reply.body()).contains("\"Code\":\"InvalidTimeStamp.Expired\"");
        }
        HttpResponse<String> withinWindow = raw.post(raw.signedQuery(
                Map.of("Action", "GetSecretValue", "SecretName", "known"), "n-14", Instant.now().minus(Duration.ofMinutes(14))));
        assertThat(withinWindow.statusCode()).isEqualTo(200);
    }

    @Test
    void aServerFaultDoesNotConsumeTheNonce() throws Exception {
        new Clients(service).tea().createSecret(new CreateSecretRequest().setSecretName("broken").setVersionId("v1")
                .setSecretData("x"));
        try (Connection c = service.sql()) {
            c.createStatement().executeUpdate("update secret_versions set sealed_value = '\\x00'::bytea "
                    + "where secret_id = (select secret_id from secrets where name = 'broken')");
        }
        String query = raw.signedQuery(Map.of("Action", "GetSecretValue", "SecretName", "broken"));
        assertThat(raw.post(query).statusCode()).isEqualTo(500);
        HttpResponse<String> retry = raw.post(query);
        assertThat(retry.statusCode()).isEqualTo(500);
        assertThat(retry.body()).contains("InternalFailure");
    }

    @Test
    void unknownActionWrongVersionAndMissingSignatureAreRefusedWithTheirCodes() throws Exception {
        HttpResponse<String> unknown = raw.post(raw.signedQuery(Map.of("Action", "LaunchRockets")));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("InvalidAction.NotFound");
        HttpResponse<String> version = raw.post(raw.signedQuery(Map.of("Action", "GetSecretValue",
                "SecretName", "known")).replace("Version=2016-01-20", "Version=2014-05-26"));
        assertThat(version.statusCode()).isEqualTo(400);
        assertThat(version.body()).contains("InvalidVersion");
        HttpResponse<String> unsigned = raw.post("Action=GetSecretValue&Version=2016-01-20&SecretName=known");
        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(unsigned.body()).contains("IncompleteSignature");
        HttpResponse<String> xml = raw.post("Action=GetSecretValue&Version=2016-01-20&SecretName=known&Format=XML");
        assertThat(xml.headers().firstValue("content-type")).hasValue("text/xml;charset=utf-8");
        assertThat(xml.body()).startsWith("<?xml").contains("<Error><RequestId>").contains("<Code>IncompleteSignature</Code>");
        HttpResponse<String> badRegion = raw.post(raw.signedQuery(Map.of("Action", "GetSecretValue",
                "SecretName", "known", "RegionId", "eu-central-1")));
        assertThat(badRegion.statusCode()).isEqualTo(400);
        assertThat(badRegion.body()).contains("InvalidParameter");
    }

    @Test
    void getRequestsWorkLikePostAndTheMethodIsSigned() throws Exception {
        Map<String, String> read = Map.of("Action", "GetSecretValue", "SecretName", "known");
        HttpResponse<String> get = raw.get("/?" + raw.signedQuery("GET", read, "get-1", Instant.now()));
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).contains("known-value");
        HttpResponse<String> postSignedSentAsGet = raw.get("/?" + raw.signedQuery("POST", read, "get-2", Instant.now()));
        assertThat(postSignedSentAsGet.statusCode()).isEqualTo(400);
        assertThat(postSignedSentAsGet.body()).contains("SignatureDoesNotMatch");
    }

    @Test
    void aThirtyKilobyteValueTravelsInTheRequestLine() throws Exception {
        String big = "v".repeat(30_720);
        var tea = new Clients(service).tea();
        tea.createSecret(new CreateSecretRequest().setSecretName("big").setVersionId("v1").setSecretData(big));
        assertThat(tea.getSecretValue(new GetSecretValueRequest().setSecretName("big")).getBody().getSecretData())
                .isEqualTo(big);
    }
}
