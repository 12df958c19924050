package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A canary value goes through every path (create, read in JSON and XML, refused requests) and is then searched
 * for in every table of the database and in everything the service wrote to its console and log.
 */
class SecretsStaySecretSystemTest {
    private static final String CANARY = "CANARY-" + UUID.randomUUID() + "-do-not-leak";

    @Test
    void theCanaryIsInNoTableAndNowhereInTheLog() throws Exception {
        try (DatabaseServers servers = new DatabaseServers(); ServiceProcess service = ServiceProcess.start()) {
            servers.register(service, "canary", "postgresql");
            String first = servers.account("postgresql", CANARY);
            String second = servers.account("postgresql", CANARY + "2");
            Clients clients = new Clients(service);
            Client tea = clients.tea();
            tea.createSecret(new CreateSecretRequest().setSecretName("canary").setVersionId("v1").setSecretData(CANARY));
            tea.createSecret(new CreateSecretRequest().setSecretName("canary-rds").setVersionId("v1").setSecretType("Rds")
                    .setSecretData("{\"Accounts\":[{\"AccountName\":\"" + first + "\",\"AccountPassword\":\"" + CANARY
                            + "\"},{\"AccountName\":\"" + second + "\",\"AccountPassword\":\"" + CANARY + "2\"}]}")
                    .setExtendedConfig(Map.of("SecretSubType", "DoubleUsers", "DBInstanceId", "pg-canary")));
            assertThat(tea.getSecretValue(new GetSecretValueRequest().setSecretName("canary")).getBody()
                    .getSecretData()).isEqualTo(CANARY);
            com.aliyuncs.kms.model.v20160120.GetSecretValueRequest classicGet =
                    new com.aliyuncs.kms.model.v20160120.GetSecretValueRequest();
            classicGet.setSecretName("canary");
            assertThat(clients.classicXml(classicGet).getSecretData()).isEqualTo(CANARY);
            assertThat(tea.getSecretValue(new GetSecretValueRequest().setSecretName("canary-rds")
                    .setVersionStage("ACSPrevious")).getBody().getSecretData()).contains(CANARY + "2");

            List<String> refusals = new ArrayList<>();
            refusals.add(failsWith(409, "Rejected.ResourceExist", () -> tea.createSecret(new CreateSecretRequest()
                    .setSecretName("canary").setVersionId("v1").setSecretData(CANARY))).getData().toString());
            refusals.add(failsWith(400, "InvalidParameter", () -> tea.createSecret(new CreateSecretRequest()
                    .setSecretName("bad name").setVersionId("v1").setSecretData(CANARY))).getData().toString());
            refusals.add(failsWith(400, "InvalidParameter", () -> tea.createSecret(new CreateSecretRequest()
                    .setSecretName("rds-bad").setVersionId("v1").setSecretType("Rds").setSecretData(CANARY)
                    .setExtendedConfig(Map.of("SecretSubType", "SingleUser", "DBInstanceId", "pg-canary"))))
                    .getData().toString());
            Client wrongSecret = new Client(new com.aliyun.teaopenapi.models.Config().setRegionId("cn-hangzhou")
                    .setEndpoint("127.0.0.1:" + service.httpPort).setProtocol("HTTP").setSignatureAlgorithm("v2")
                    .setAccessKeyId(ServiceProcess.ACCESS_KEY_ID).setAccessKeySecret("wrong"));
            refusals.add(failsWith(400, "SignatureDoesNotMatch", () -> wrongSecret.createSecret(new CreateSecretRequest()
                    .setSecretName("sig").setVersionId("v1").setSecretData(CANARY))).getData().toString());
            // a rotation that fails on the database: the target's refusal reaches neither the reply nor the log
            servers.postgres.setPassword(servers.pgAdmin, "Changed-" + UUID.randomUUID());
            refusals.add(failsWith(500, "InternalFailure", () -> tea.rotateSecret(
                    new com.aliyun.kms20160120.models.RotateSecretRequest().setSecretName("canary-rds")
                            .setVersionId("r1"))).getData().toString());
            servers.postgres.setPassword(servers.pgAdmin, servers.adminPassword);
            assertThat(refusals).allSatisfy(body -> assertThat(body).doesNotContain(CANARY));
            assertThat(servers.postgres.logsIn(second, CANARY + "2")).as("the failed rotation changed nothing").isTrue();

            String everyRow = service.dumpEveryTable();
            assertThat(everyRow).contains("canary-rds");   // the dump does see the tables
            assertThat(everyRow).doesNotContain(CANARY);
            assertThat(everyRow).doesNotContainIgnoringCase(
                    HexFormat.of().formatHex(CANARY.getBytes(StandardCharsets.UTF_8)));
            assertThat(service.output()).doesNotContain(CANARY);
        }
    }
}
