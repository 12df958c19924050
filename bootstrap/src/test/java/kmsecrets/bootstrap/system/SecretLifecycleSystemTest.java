package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DeleteSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.RestoreSecretRequest;
import com.aliyun.tea.TeaException;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GetSecretValue selection, DeleteSecret's recovery window, RestoreSecret, and the server-fault path. */
class SecretLifecycleSystemTest {
    @RegisterExtension
    static final SharedService node = SharedService.start();

    private static void create(String name) throws Exception {
        node.tea().createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v1").setSecretData("value-" + name));
    }

    private static String read(String name) throws Exception {
        return node.tea().getSecretValue(new GetSecretValueRequest().setSecretName(name)).getBody().getSecretData();
    }

    @Test
    void readsSelectVersionsByStageIdOrBoth() throws Exception {
        create("select-me");
        assertThat(node.tea().getSecretValue(new GetSecretValueRequest().setSecretName("select-me")
                .setVersionStage("ACSCurrent")).getBody().getVersionId()).isEqualTo("v1");
        assertThat(node.tea().getSecretValue(new GetSecretValueRequest().setSecretName("select-me")
                .setVersionId("v1")).getBody().getSecretData()).isEqualTo("value-select-me");
        assertThat(node.tea().getSecretValue(new GetSecretValueRequest().setSecretName("select-me")
                .setVersionId("v1").setVersionStage("ACSCurrent")).getBody().getVersionId()).isEqualTo("v1");
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().getSecretValue(new GetSecretValueRequest()
                .setSecretName("select-me").setVersionStage("ACSPrevious")));
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().getSecretValue(new GetSecretValueRequest()
                .setSecretName("select-me").setVersionId("v9")));
        failsWith(400, "InvalidParameter", () -> node.tea().getSecretValue(new GetSecretValueRequest()
                .setSecretName("select-me").setVersionId("v9").setVersionStage("ACSCurrent")));
    }

    @Test
    void readsAcceptTheSecretArn() throws Exception {
        create("by-arn");
        String arn = node.tea().createSecret(new CreateSecretRequest().setSecretName("by-arn-2").setVersionId("v1")
                .setSecretData("x")).getBody().getArn();
        assertThat(node.tea().getSecretValue(new GetSecretValueRequest().setSecretName(arn)).getBody().getSecretName())
                .isEqualTo("by-arn-2");
        String otherAccount = arn.replaceFirst(":[0-9]{16}:", ":1111111111111111:");
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().getSecretValue(
                new GetSecretValueRequest().setSecretName(otherAccount)));
    }

    @Test
    void unknownSecretIsResourceNotFound() {
        failsWith(404, "Forbidden.ResourceNotFound", () -> read("never-created"));
    }

    @Test
    void dryRunChecksEverythingButWithholdsTheValue() throws Exception {
        create("dry");
        TeaException e = failsWith(412, "DryRunOperationError", () -> node.tea().getSecretValue(
                new GetSecretValueRequest().setSecretName("dry").setDryRun("true")));
        assertThat(e.getData().toString()).doesNotContain("value-dry");
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().getSecretValue(
                new GetSecretValueRequest().setSecretName("nope").setDryRun("true")));
    }

    @Test
    void deletionWindowBlocksReadsUntilRestored() throws Exception {
        create("windowed");
        Instant before = Instant.now();
        var deleted = node.tea().deleteSecret(new DeleteSecretRequest().setSecretName("windowed")
                .setRecoveryWindowInDays("7")).getBody();
        Instant planned = Instant.parse(deleted.getPlannedDeleteTime());
        assertThat(Duration.between(before, planned).toDays()).isBetween(6L, 7L);
        failsWith(409, "Rejected.ResourceInDeleteWindow", () -> read("windowed"));
        failsWith(409, "Rejected.ResourceInDeleteWindow", () -> node.tea().deleteSecret(
                new DeleteSecretRequest().setSecretName("windowed")));

        assertThat(node.tea().restoreSecret(new RestoreSecretRequest().setSecretName("windowed")).getBody().getSecretName())
                .isEqualTo("windowed");
        assertThat(read("windowed")).isEqualTo("value-windowed");
        failsWith(409, "Rejected.ResourceInUse", () -> node.tea().restoreSecret(
                new RestoreSecretRequest().setSecretName("windowed")));
    }

    @Test
    void defaultWindowIsThirtyDays() throws Exception {
        create("thirty");
        Instant planned = Instant.parse(node.tea().deleteSecret(new DeleteSecretRequest().setSecretName("thirty"))
                .getBody().getPlannedDeleteTime());
        assertThat(Duration.between(Instant.now(), planned).toDays()).isBetween(29L, 30L);
    }

    @Test
    void forcedDeletionFreesTheNameAtOnce() throws Exception {
        create("forced");
        node.tea().deleteSecret(new DeleteSecretRequest().setSecretName("forced").setForceDeleteWithoutRecovery("true"));
        failsWith(404, "Forbidden.ResourceNotFound", () -> read("forced"));
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().restoreSecret(
                new RestoreSecretRequest().setSecretName("forced")));
        create("forced");
        assertThat(read("forced")).isEqualTo("value-forced");
    }

    @Test
    void forcingAPendingDeletionPurgesIt() throws Exception {
        create("pending-then-forced");
        node.tea().deleteSecret(new DeleteSecretRequest().setSecretName("pending-then-forced"));
        node.tea().deleteSecret(new DeleteSecretRequest().setSecretName("pending-then-forced")
                .setForceDeleteWithoutRecovery("true"));
        failsWith(404, "Forbidden.ResourceNotFound", () -> read("pending-then-forced"));
    }

    @Test
    void badDeletionParametersAreInvalidParameter() throws Exception {
        create("stays");
        failsWith(400, "InvalidParameter", () -> node.tea().deleteSecret(new DeleteSecretRequest().setSecretName("stays")
                .setRecoveryWindowInDays("6")));
        failsWith(400, "InvalidParameter", () -> node.tea().deleteSecret(new DeleteSecretRequest().setSecretName("stays")
                .setRecoveryWindowInDays("31")));
        failsWith(400, "InvalidParameter", () -> node.tea().deleteSecret(new DeleteSecretRequest().setSecretName("stays")
                .setRecoveryWindowInDays("seven")));
        failsWith(400, "InvalidParameter", () -> node.tea().deleteSecret(new DeleteSecretRequest().setSecretName("stays")
                .setRecoveryWindowInDays("10").setForceDeleteWithoutRecovery("true")));
        failsWith(404, "Forbidden.ResourceNotFound", () -> node.tea().deleteSecret(
                new DeleteSecretRequest().setSecretName("never-was")));
        assertThat(read("stays")).isEqualTo("value-stays");
    }

    @Test
    void aTamperedCiphertextIsInternalFailureWithoutDetail() throws Exception {
        create("tampered");
        try (Connection c = node.service().sql()) {
            c.createStatement().executeUpdate("update secret_versions set sealed_value = sealed_value || '\\x00'::bytea "
                    + "where secret_id = (select secret_id from secrets where name = 'tampered')");
        }
        TeaException e = failsWith(500, "InternalFailure", () -> read("tampered"));
        assertThat(e.getMessage()).contains("An internal error occurred.");
        String requestId = String.valueOf(e.getData().get("RequestId"));
        assertThat(node.service().output()).contains(requestId).doesNotContain("value-tampered");
        assertThat(e.getData().toString()).doesNotContain("Exception").doesNotContain("at kmsecrets");
    }

    @Test
    void aSecretMovedToAnotherNameNoLongerOpens() throws Exception {
        create("original");
        create("impostor");
        try (Connection c = node.service().sql()) {
            c.createStatement().executeUpdate("update secret_versions set sealed_value = (select v.sealed_value "
                    + "from secret_versions v join secrets s using (secret_id) where s.name = 'original') "
                    + "where secret_id = (select secret_id from secrets where name = 'impostor')");
        }
        failsWith(500, "InternalFailure", () -> read("impostor"));
        assertThat(read("original")).isEqualTo("value-original");
    }

    @Test
    void wrongSecretUnknownKeyAndStaleRequestsAreRefused() throws Exception {
        var config = new com.aliyun.teaopenapi.models.Config().setRegionId("cn-hangzhou")
                .setEndpoint("127.0.0.1:" + node.service().httpPort).setProtocol("HTTP");
        Client wrongSecret = new Client(config.setAccessKeyId(ServiceProcess.ACCESS_KEY_ID)
                .setAccessKeySecret("not-the-secret"));
        failsWith(400, "SignatureDoesNotMatch", () -> wrongSecret.getSecretValue(
                new GetSecretValueRequest().setSecretName("x")));
        Client unknownKey = new Client(new com.aliyun.teaopenapi.models.Config().setRegionId("cn-hangzhou")
                .setEndpoint("127.0.0.1:" + node.service().httpPort).setProtocol("HTTP")
                .setAccessKeyId("LTAIunknown").setAccessKeySecret("whatever"));
        failsWith(404, "InvalidAccessKeyId.NotFound", () -> unknownKey.getSecretValue(
                new GetSecretValueRequest().setSecretName("x")));
        Client wrongSecretV2 = new Client(new com.aliyun.teaopenapi.models.Config().setRegionId("cn-hangzhou")
                .setEndpoint("127.0.0.1:" + node.service().httpPort).setProtocol("HTTP").setSignatureAlgorithm("v2")
                .setAccessKeyId(ServiceProcess.ACCESS_KEY_ID).setAccessKeySecret("not-the-secret"));
        failsWith(400, "SignatureDoesNotMatch", () -> wrongSecretV2.getSecretValue(
                new GetSecretValueRequest().setSecretName("x")));
    }

    @Test
    void healthReportsUp() throws Exception {
        var c = (java.net.HttpURLConnection) java.net.URI.create("http://127.0.0.1:" + node.service().httpPort + "/health")
                .toURL().openConnection();
        assertThat(c.getResponseCode()).isEqualTo(200);
        assertThat(new String(c.getInputStream().readAllBytes())).contains("UP");
    }

}
