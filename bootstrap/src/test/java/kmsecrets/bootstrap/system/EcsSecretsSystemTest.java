package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DescribeSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.RotateSecretRequest;
import com.aliyuncs.kms.secretsmanager.client.SecretCacheClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kmsecrets.adapter.ssh.PrivateSshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ECS secrets through the official SDKs against the packaged service and a private sshd: the host is registered
 * with its administrator's key, and every stage is proven by logging in to the host as the user.
 */
class EcsSecretsSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final SharedService node = SharedService.start(Map.of("KMS_ROTATE_SECRET_HOURLY_LIMIT", "1000"));
    private static PrivateSshd sshd;
    private static Client tea;
    private static final Set<String> seenSecrets = new HashSet<>();

    @BeforeAll
    static void registerHost() throws Exception {
        sshd = PrivateSshd.start();
        ServiceProcess service = node.service();
        Path key = service.dataDir.resolve("host-admin-key");
        Files.writeString(key, sshd.adminKey);
        Path hostKey = service.dataDir.resolve("host-key.pub");
        Files.writeString(hostKey, "# ssh-keyscan 127.0.0.1\n127.0.0.1 " + sshd.hostKey + "\n");
        seenSecrets.add(sshd.adminKey.lines().skip(2).findFirst().orElseThrow());
        assertThat(service.cli("host", "register", "--id", "i-web1", "--address", "127.0.0.1", "--port",
                String.valueOf(sshd.port), "--admin-user", "root", "--admin-key-file", key.toString(),
                "--host-key-file", hostKey.toString()))
                .contains("registered host i-web1");
        Files.delete(key);
        tea = node.clients().patientTea();
    }

    /** Before the service stops: no key or password it handed out or was given reached its tables or its log. */
    @AfterAll
    static void nothingLeakedThenStopSshd() throws Exception {
        try {
            LeakCanary.neverStoredOrLogged(node.service(), seenSecrets, 5);
        } finally {
            if (sshd != null) {
                sshd.close();
            }
        }
    }

    private static CreateSecretRequest create(String name, String subType, Map<String, String> data)
            throws Exception {
        return new CreateSecretRequest().setSecretName(name).setVersionId("v1").setSecretType("ECS")
                .setSecretData(JSON.writeValueAsString(data))
                .setExtendedConfig(Map.of("SecretSubType", subType, "RegionId", "cn-hangzhou", "InstanceId", "i-web1"));
    }

    private static Map<String, String> read(String name, String stage) throws Exception {
        String data = tea.getSecretValue(new GetSecretValueRequest().setSecretName(name).setVersionStage(stage))
                .getBody().getSecretData();
        @SuppressWarnings("unchecked")
        Map<String, String> login = JSON.readValue(data, Map.class);
        if (login.containsKey("Password")) {
            seenSecrets.add(login.get("Password"));
        } else {
            seenSecrets.add(login.get("PrivateKey").lines().skip(2).findFirst().orElseThrow());
        }
        return login;
    }

    private static void rotate(String name, String versionId) throws Exception {
        tea.rotateSecret(new RotateSecretRequest().setSecretName(name).setVersionId(versionId));
    }

    @Test
    void aPasswordLoginIsResetAndOnlyTheNewPasswordLogsIn() throws Exception {
        String password = "Start-" + UUID.randomUUID();
        String user = sshd.user(password);
        String name = "acs/ecs/i-web1/" + user;
        tea.createSecret(create(name, "Password", Map.of("UserName", user, "Password", password)));
        Map<String, String> initial = read(name, "ACSCurrent");
        assertThat(initial).isEqualTo(Map.of("UserName", user, "Password", password));
        rotate(name, "r1");
        Map<String, String> current = read(name, "ACSCurrent");
        assertThat(current.get("Password")).hasSize(32).isNotEqualTo(password);
        assertThat(read(name, "ACSPrevious")).isEqualTo(initial);
        assertThat(sshd.logsIn(user, current.get("Password"))).isTrue();
        assertThat(sshd.logsIn(user, password)).as("one password: the old one stops working").isFalse();

        try (SecretCacheClient cache = node.clients().cachingClient()) {
            @SuppressWarnings("unchecked")
            Map<String, String> cached = JSON.readValue(cache.getStringValue(name), Map.class);
            assertThat(cached).isEqualTo(current);
            assertThat(cache.getSecretInfo(name).getSecretType()).isEqualTo("ECS");
        }
    }

    @Test
    void aKeyPairLoginKeepsThePreviousPairUntilTheNextRotation() throws Exception {
        String user = sshd.user("Unused-" + UUID.randomUUID());
        String[] imported = sshd.keyPair("ed25519");
        sshd.authorize(user, imported[0]);
        String name = "acs/ecs/i-web1/" + user + "-key";
        tea.createSecret(create(name, "SSHKey", Map.of("UserName", user, "PublicKey", imported[0],
                "PrivateKey", imported[1])));
        Map<String, String> initial = read(name, "ACSCurrent");
        assertThat(sshd.logsInWithKey(user, initial.get("PrivateKey"))).isTrue();

        rotate(name, "r1");
        Map<String, String> first = read(name, "ACSCurrent");
        assertThat(first.get("PublicKey")).startsWith("ssh-rsa ");
        assertThat(read(name, "ACSPrevious")).isEqualTo(initial);
        assertThat(sshd.logsInWithKey(user, first.get("PrivateKey"))).isTrue();
        assertThat(sshd.logsInWithKey(user, initial.get("PrivateKey"))).as("the previous pair still works").isTrue();

        rotate(name, "r2");
        Map<String, String> second = read(name, "ACSCurrent");
        assertThat(read(name, "ACSPrevious")).isEqualTo(first);
        assertThat(sshd.logsInWithKey(user, second.get("PrivateKey"))).isTrue();
        assertThat(sshd.logsInWithKey(user, first.get("PrivateKey"))).isTrue();
        assertThat(sshd.logsInWithKey(user, initial.get("PrivateKey"))).as("removed at the next rotation").isFalse();
        assertThat(sshd.authorizedKeys(user)).containsExactly(first.get("PublicKey"), second.get("PublicKey"));
    }

    @Test
    void onlyAHolderOfTheLoginMayImportItAndTheNameIsUnderAcsEcs() throws Exception {
        String password = "Start-" + UUID.randomUUID();
        String user = sshd.user(password);
        failsWith(400, "InvalidParameter", () -> tea.createSecret(create("ecs/" + user, "Password",
                Map.of("UserName", user, "Password", password))));
        String name = "acs/ecs/i-web1/" + user;
        failsWith(400, "InvalidParameter", () -> tea.createSecret(create(name, "Password",
                Map.of("UserName", "root", "Password", "guessed"))));
        failsWith(400, "InvalidParameter", () -> tea.createSecret(create(name, "Password",
                Map.of("UserName", user, "Password", "not-" + password))));
        failsWith(404, "Forbidden.ResourceNotFound", () -> tea.describeSecret(new DescribeSecretRequest()
                .setSecretName(name)));
        failsWith(404, "Forbidden.ResourceNotFound", () -> tea.createSecret(create(name, "Password",
                Map.of("UserName", user, "Password", password)).setExtendedConfig(Map.of("SecretSubType",
                "Password", "RegionId", "cn-hangzhou", "InstanceId", "i-unknown"))));
        assertThat(sshd.logsIn(user, password)).as("a refused request changed nothing").isTrue();
    }
}
