package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The target goes away while CreateSecret creates accounts, and the node is killed: the request answers 503, the
 * secret and its creation intent stay, no account exists yet; a new node on the same database creates both
 * accounts once the target is back, and the secret's stages log in.
 */
@Tag("slow")
class AccountCreationCrashSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> FAST_RECOVERY = Map.of("KMS_ROTATION_LEASE_SECONDS", "3",
            "KMS_ROTATION_CHECK_SECONDS", "1", "KMS_ROTATION_RETRY_SECONDS", "2");

    @Test
    void aCreationInterruptedByAnOutageAndAKillIsFinishedByTheNextNode() throws Exception {
        try (DatabaseServers servers = new DatabaseServers();
             TcpForwarder mysql = TcpForwarder.to(DatabaseServers.MYSQL);
             ServiceProcess first = ServiceProcess.start(FAST_RECOVERY)) {
            Path passwordFile = first.dataDir.resolve("admin.pw");
            Files.writeString(passwordFile, servers.adminPassword);
            first.cli("db-instance", "register", "--id", "mysql-flaky", "--engine", "mysql", "--host", "127.0.0.1",
                    "--port", String.valueOf(mysql.port), "--admin-user", servers.mysqlAdmin,
                    "--admin-password-file", passwordFile.toString());
            String account = "kms_cr_" + servers.tag;
            servers.mysqlUser(account);
            servers.mysqlUser(account + "_clone");
            CreateSecretRequest create = new CreateSecretRequest().setSecretName("crash/polardb").setVersionId("v1")
                    .setSecretType("PolarDB").setSecretData("$Auto").setExtendedConfig(Map.of("SecretSubType",
                            "DoubleUsers", "RegionId", "cn-hangzhou", "DBClusterId", "mysql-flaky", "DBType", "MySQL",
                            "AccountName", account, "CloneAccountName", account + "_clone", "AccountPrivilege",
                            "ReadOnly", "DBName", servers.mysqlDatabase));

            mysql.stop();
            var tea = new Clients(first).tea();
            failsWith(503, "ServiceUnavailableTemporary", () -> tea.createSecret(create));
            failsWith(409, "Rejected.ResourceExist", () -> tea.createSecret(create.setVersionId("v2")));
            create.setVersionId("v1");
            assertThat(servers.mysqlUserExists(account)).isFalse();
            assertThat(createIntents(first)).as("the intent is kept for a retry or another node").isEqualTo(1);
            first.kill();

            mysql.start();
            try (ServiceProcess second = ServiceProcess.startBeside(first, FAST_RECOVERY)) {
                var secondTea = new Clients(second).tea();
                Poll.until("the next node created both accounts", () -> createIntents(second) == 0);
                for (String stage : new String[] {"ACSCurrent", "ACSPrevious"}) {
                    @SuppressWarnings("unchecked")
                    Map<String, String> login = JSON.readValue(secondTea.getSecretValue(new GetSecretValueRequest()
                            .setSecretName("crash/polardb").setVersionStage(stage)).getBody().getSecretData(),
                            Map.class);
                    assertThat(servers.logsIn("mysql", login.get("AccountName"), login.get("AccountPassword")))
                            .as(stage + " logs in").isTrue();
                }
                failsWith(409, "Rejected.ResourceExist", () -> secondTea.createSecret(create));
            }
        }
    }

    private static int createIntents(ServiceProcess node) throws Exception {
        try (Connection db = node.sql(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from rotation_intents where purpose = 'create'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
