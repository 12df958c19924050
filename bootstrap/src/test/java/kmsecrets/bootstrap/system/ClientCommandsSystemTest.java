package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.models.DescribeSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.PutSecretValueRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client mode of the command line against the packaged service: what it writes the official SDK reads and
 * the other way round, values travel byte for byte (stdin, binary as base64 or into a file), it signs as the access key it is given (so a
 * key without a policy is refused), and each way of failing has its documented exit code and one line.
 */
class ClientCommandsSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEY = Pattern.compile("AccessKeyId:\\s+(\\S+)\\s+AccessKeySecret:\\s+(\\S+)");

    @RegisterExtension
    static final SharedService node = SharedService.start();

    private static Map<String, String> asRoot() {
        return Map.of("KMS_ENDPOINT", "http://127.0.0.1:" + node.service().httpPort,
                "KMS_ACCESS_KEY_ID", ServiceProcess.ACCESS_KEY_ID,
                "KMS_ACCESS_KEY_SECRET", ServiceProcess.ACCESS_KEY_SECRET);
    }

    private static ServiceProcess.Run client(String... args) throws Exception {
        return clientWith(asRoot(), new byte[0], args);
    }

    private static ServiceProcess.Run clientWith(Map<String, String> env, byte[] stdin, String... args)
            throws Exception {
        return node.service().run(env, stdin, args);
    }

    private static String ok(ServiceProcess.Run run) {
        assertThat(run.exit()).as(run.errors()).isZero();
        return run.text();
    }

    @Test
    void whatTheClientWritesTheSdkReadsAndTheOtherWayRound() throws Exception {
        String name = "cli/" + UUID.randomUUID();
        String created = ok(clientWith(asRoot(), "first value\nwith a second line".getBytes(StandardCharsets.UTF_8),
                "secret", "create", name, "--value-file", "-", "--description", "from the shell", "--tag", "env=dev"));
        assertThat(created).contains("SecretName: " + name);
        assertThat(node.tea().getSecretValue(new GetSecretValueRequest().setSecretName(name)).getBody()
                .getSecretData()).isEqualTo("first value\nwith a second line");
        var described = node.tea().describeSecret(new DescribeSecretRequest().setSecretName(name).setFetchTags("true"))
                .getBody();
        assertThat(described.getDescription()).isEqualTo("from the shell");
        assertThat(described.getTags().getTag()).singleElement()
                .satisfies(t -> assertThat(t.getTagKey() + "=" + t.getTagValue()).isEqualTo("env=dev"));

        node.tea().putSecretValue(new PutSecretValueRequest().setSecretName(name).setVersionId("v2")
                .setSecretData("second value"));
        assertThat(ok(client("secret", "get", name))).isEqualTo("second value\n");
        assertThat(ok(client("secret", "get", name, "--stage", "ACSPrevious")))
                .isEqualTo("first value\nwith a second line\n");
        JsonNode reply = JSON.readTree(ok(client("secret", "get", name, "--version-id", "v2", "--json")));
        assertThat(reply.path("SecretData").asText()).isEqualTo("second value");
        assertThat(reply.path("RequestId").asText()).isNotEmpty();

        ok(client("secret", "put", name, "--value", "third value", "--version-id", "v3"));
        assertThat(node.tea().getSecretValue(new GetSecretValueRequest().setSecretName(name)).getBody()
                .getVersionId()).isEqualTo("v3");
        assertThat(ok(client("secret", "versions", name)).lines()
                .map(line -> line.split("\t", -1)[0] + " " + line.split("\t", -1)[2]))
                .contains("v3 ACSCurrent", "v2 ACSPrevious");
        assertThat(ok(client("secret", "list", "--name", name))).startsWith(name + "\tGeneric\t");
        assertThat(ok(client("secret", "describe", name))).contains("Description:", "from the shell")
                .doesNotContain("third value");
    }

    @Test
    void binaryValuesTravelByteForByte() throws Exception {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        Path file = Files.write(node.service().dataDir.resolve("value.bin"), bytes);
        String name = "cli-binary-" + UUID.randomUUID();
        ok(client("secret", "create", name, "--value-file", file.toString(), "--binary"));
        assertThat(node.tea().getSecretValue(new GetSecretValueRequest().setSecretName(name)).getBody()
                .getSecretDataType()).isEqualTo("binary");
        assertThat(Base64.getDecoder().decode(ok(client("secret", "get", name)).strip())).isEqualTo(bytes);
        Path copy = node.service().dataDir.resolve("copy.bin");
        ok(client("secret", "get", name, "--output", copy.toString()));
        assertThat(Files.readAllBytes(copy)).isEqualTo(bytes);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
    }

    @Test
    void deleteAndRestoreThroughTheClient() throws Exception {
        String name = "cli-deleted-" + UUID.randomUUID();
        ok(client("secret", "create", name, "--value", "v"));
        ok(client("secret", "delete", name, "--recovery-days", "7"));
        assertThat(ok(client("secret", "list", "--name", name))).contains("\tdeletes ");
        ok(client("secret", "restore", name));
        assertThat(ok(client("secret", "list", "--name", name))).doesNotContain("deletes");
        ok(client("secret", "delete", name, "--force"));
        assertThat(TeaCalls.gone(node.tea(), name)).isTrue();
    }

    @Test
    void keysThroughTheClient() throws Exception {
        JsonNode created = JSON.readTree(ok(client("key", "create", "--description", "cli key", "--json")));
        String keyId = created.path("KeyMetadata").path("KeyId").asText();
        assertThat(ok(client("key", "list"))).contains(keyId + "\t");
        ok(client("key", "disable", keyId));
        assertThat(ok(client("key", "describe", keyId))).containsPattern("KeyState:\\s+Disabled");
        ok(client("key", "enable", keyId));
        ok(client("key", "schedule-deletion", keyId, "--pending-days", "7"));
        assertThat(ok(client("key", "describe", keyId))).containsPattern("KeyState:\\s+PendingDeletion");
        ok(client("key", "cancel-deletion", keyId));
        assertThat(ok(client("key", "describe", keyId))).containsPattern("KeyState:\\s+Enabled");
    }

    @Test
    void aProfileFileServesWhenTheEnvironmentIsSilent() throws Exception {
        Path config = node.service().dataDir.resolve("profiles");
        Files.writeString(config, "# a comment\n[other]\naccess_key_id = wrong\n\n[ci]\nendpoint = http://127.0.0.1:"
                + node.service().httpPort + "\naccess_key_id = " + ServiceProcess.ACCESS_KEY_ID
                + "\naccess_key_secret = " + ServiceProcess.ACCESS_KEY_SECRET + "\n");
        Map<String, String> env = Map.of("KMS_CONFIG_FILE", config.toString());
        String name = "cli-profile-" + UUID.randomUUID();
        assertThat(clientWith(env, new byte[0], "secret", "create", name, "--value", "v", "--profile", "ci").exit())
                .isZero();
        Map<String, String> byVariable = new HashMap<>(env);
        byVariable.put("KMS_PROFILE", "ci");
        assertThat(clientWith(byVariable, new byte[0], "secret", "get", name).text()).isEqualTo("v\n");
        ServiceProcess.Run missing = clientWith(env, new byte[0], "secret", "get", name, "--profile", "absent");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.errors()).contains("'absent'", config.toString());
    }

    @Test
    void administrationCommandsPrintWhatTheyDidAndLogOnlyWhenAsked() throws Exception {
        ServiceProcess.Run quiet = node.service().admin(Map.of(), "user", "create", "cli-quiet");
        assertThat(quiet.exit()).isZero();
        assertThat(quiet.text()).contains("cli-quiet");
        assertThat(quiet.errors()).isEmpty();
        ServiceProcess.Run told = node.service().admin(Map.of("KMS_LOG_LEVEL", "INFO"), "user", "list");
        assertThat(told.text()).contains("cli-quiet");
        assertThat(told.errors()).contains("Database schema at version");
    }

    @Test
    void eachFailureHasItsExitCodeAndOneLine() throws Exception {
        ServiceProcess.Run refused = client("secret", "get", "cli-missing-" + UUID.randomUUID());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.errors().strip()).matches("Forbidden\\.ResourceNotFound: .+ \\(RequestId [0-9a-f-]{36}\\)");

        node.service().cli("user", "create", "cli-reader");
        Matcher key = KEY.matcher(node.service().cli("access-key", "create", "--user", "cli-reader"));
        assertThat(key.find()).isTrue();
        ServiceProcess.Run denied = clientWith(Map.of("KMS_ENDPOINT", "http://127.0.0.1:" + node.service().httpPort,
                "KMS_ACCESS_KEY_ID", key.group(1), "KMS_ACCESS_KEY_SECRET", key.group(2)), new byte[0],
                "secret", "list");
        assertThat(denied.exit()).isEqualTo(1);
        assertThat(denied.errors()).startsWith("Forbidden.");

        ServiceProcess.Run wrongSecret = clientWith(Map.of("KMS_ENDPOINT", "http://127.0.0.1:"
                + node.service().httpPort, "KMS_ACCESS_KEY_ID", ServiceProcess.ACCESS_KEY_ID,
                "KMS_ACCESS_KEY_SECRET", "not-the-secret"), new byte[0], "secret", "list");
        assertThat(wrongSecret.exit()).isEqualTo(1);
        assertThat(wrongSecret.errors()).startsWith("SignatureDoesNotMatch: ");

        ServiceProcess.Run noKey = clientWith(Map.of(), new byte[0], "secret", "list");
        assertThat(noKey.exit()).isEqualTo(2);
        assertThat(noKey.errors().strip()).contains("KMS_ACCESS_KEY_ID").doesNotContain("\n");

        ServiceProcess.Run twoValues = client("secret", "create", "x", "--value", "a", "--value-file", "-");
        assertThat(twoValues.exit()).isEqualTo(2);
        assertThat(twoValues.errors()).contains("exactly one of --value and --value-file");

        Map<String, String> nowhere = new HashMap<>(asRoot());
        nowhere.put("KMS_ENDPOINT", "http://127.0.0.1:" + kmsecrets.bootstrap.launch.PackagedJar.freePort());
        ServiceProcess.Run unreachable = clientWith(nowhere, new byte[0], "secret", "list");
        assertThat(unreachable.exit()).isEqualTo(3);
        assertThat(unreachable.errors().strip()).startsWith("kmsecrets: cannot reach").contains("KMS_ENDPOINT")
                .doesNotContain("\n");
        for (ServiceProcess.Run run : List.of(refused, denied, wrongSecret, noKey, unreachable)) {
            assertThat(run.errors()).doesNotContain("Exception", "\tat ", ServiceProcess.ACCESS_KEY_SECRET);
        }
    }
}
