package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
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
        try (ServiceProcess service = ServiceProcess.start()) {
            Clients clients = new Clients(service);
            Client tea = clients.tea();
            tea.createSecret(new CreateSecretRequest().setSecretName("canary").setVersionId("v1").setSecretData(CANARY));
            tea.createSecret(new CreateSecretRequest().setSecretName("canary-rds").setVersionId("v1").setSecretType("Rds")
                    .setSecretData("{\"Accounts\":[{\"AccountName\":\"a\",\"AccountPassword\":\"" + CANARY + "\"},"
                            + "{\"AccountName\":\"b\",\"AccountPassword\":\"" + CANARY + "2\"}]}")
                    .setExtendedConfig(Map.of("SecretSubType", "DoubleUsers", "DBInstanceId", "rm-canary")));
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
                    .setExtendedConfig(Map.of("SecretSubType", "SingleUser", "DBInstanceId", "rm-x"))))
                    .getData().toString());
            Client wrongSecret = new Client(new com.aliyun.teaopenapi.models.Config().setRegionId("cn-hangzhou")
                    .setEndpoint("127.0.0.1:" + service.httpPort).setProtocol("HTTP").setSignatureAlgorithm("v2")
                    .setAccessKeyId(ServiceProcess.ACCESS_KEY_ID).setAccessKeySecret("wrong"));
            refusals.add(failsWith(400, "SignatureDoesNotMatch", () -> wrongSecret.createSecret(new CreateSecretRequest()
                    .setSecretName("sig").setVersionId("v1").setSecretData(CANARY))).getData().toString());
            assertThat(refusals).allSatisfy(body -> assertThat(body).doesNotContain(CANARY));

            String everyRow = dumpEveryTable(service);
            assertThat(everyRow).contains("canary-rds");   // the dump does see the tables
            assertThat(everyRow).doesNotContain(CANARY);
            assertThat(everyRow).doesNotContainIgnoringCase(
                    HexFormat.of().formatHex(CANARY.getBytes(StandardCharsets.UTF_8)));
            assertThat(service.output()).doesNotContain(CANARY);
        }
    }

    private static String dumpEveryTable(ServiceProcess service) throws Exception {
        StringBuilder dump = new StringBuilder();
        try (Connection c = service.sql()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("secrets", "secret_versions", "access_keys", "customer_keys");
            for (String table : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("select t::text from " + table + " t")) {
                    while (rs.next()) {
                        dump.append(table).append(' ').append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        return dump.toString();
    }
}
