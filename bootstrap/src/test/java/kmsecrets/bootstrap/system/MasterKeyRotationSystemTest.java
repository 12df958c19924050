package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateKeyRequest;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DecryptRequest;
import com.aliyun.kms20160120.models.EncryptRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A master-key rotation on a live deployment of two nodes: killed (kill -9) half-way, the deployment keeps serving
 * with blobs under both keys and the rotation finishes when run again; a node given only the new key (as
 * KMS_MASTER_KEY) serves everything afterwards, while a node that still runs with the old key goes on too. The old
 * key, once retired, is refused; neither key ever appears in a log or an output.
 */
@Tag("slow")
class MasterKeyRotationSystemTest {
    private static final Pattern KEY = Pattern.compile("AccessKeyId:\\s+(\\S+)\\s+AccessKeySecret:\\s+(\\S+)");
    private static final Pattern ROW = Pattern.compile("^([0-9a-f]{16})\\s+(primary|retirable|in use)\\s+(\\d+)",
            Pattern.MULTILINE);

    @Test
    void aRotationKilledHalfWayLeavesEverythingReadableAndFinishesWhenRunAgain() throws Exception {
        try (ServiceProcess first = ServiceProcess.start();
             ServiceProcess second = ServiceProcess.startBeside(first, Map.of())) {
            Client tea = new Clients(first).tea();
            Map<String, String> ciphertexts = new LinkedHashMap<>();
            for (int i = 0; i < 30; i++) {
                String keyId = tea.createKey(new CreateKeyRequest().setDescription("rotation " + i)).getBody()
                        .getKeyMetadata().getKeyId();
                String plaintext = Base64.getEncoder().encodeToString(("plaintext-" + i + "-" + UUID.randomUUID())
                        .getBytes(StandardCharsets.UTF_8));
                ciphertexts.put(tea.encrypt(new EncryptRequest().setKeyId(keyId).setPlaintext(plaintext)).getBody()
                        .getCiphertextBlob(), plaintext);
            }
            Map<String, String> secrets = new LinkedHashMap<>();
            for (int i = 0; i < 10; i++) {
                String name = "mk-rotation-" + i;
                secrets.put(name, "value-" + UUID.randomUUID());
                tea.createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v1")
                        .setSecretData(secrets.get(name)));
            }
            first.cli("user", "create", "mk-reader");
            first.cli("policy", "create", "mk-all", "--document",
                    "{\"Version\":\"1\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}}");
            first.cli("policy", "attach", "mk-all", "--user", "mk-reader");
            Matcher user = KEY.matcher(first.cli("access-key", "create", "--user", "mk-reader"));
            assertThat(user.find()).isTrue();

            String oldKeyText = Files.readString(first.dataDir.resolve("master.key")).trim();
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String newKeyText = Base64.getEncoder().encodeToString(fresh);
            Path newKeyFile = Files.writeString(first.dataDir.resolve("new.key"), newKeyText + "\n");

            // half-way: killed after its first batch, at 4 blobs a second
            Process rotation = first.startAdmin(Map.of(), "master-key", "rotate", "--new-key-file",
                    newKeyFile.toString(), "--batch-size", "2", "--rate", "4");
            List<String> printed = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(rotation.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    printed.add(line);
                    if (line.contains("re-wrapped")) {
                        rotation.destroyForcibly();   // SIGKILL
                        break;
                    }
                }
            } finally {
                rotation.destroyForcibly();
                rotation.waitFor(60, TimeUnit.SECONDS);
            }
            assertThat(printed).as("the rotation got under way").anyMatch(l -> l.contains("re-wrapped"));
            Map<String, Long> halfWay = status(first.cli("master-key", "status"));
            assertThat(halfWay).as("blobs under both keys").hasSize(2).allSatisfy((id, blobs) ->
                    assertThat(blobs).isPositive());

            // both nodes serve everything in the mixed state, and new material is wrapped by the new key
            for (ServiceProcess node : List.of(first, second)) {
                everythingReads(node, ciphertexts, secrets, user.group(1), user.group(2));
            }
            Client onSecond = new Clients(second).tea();
            String lateKey = onSecond.createKey(new CreateKeyRequest()).getBody().getKeyMetadata().getKeyId();
            String late = Base64.getEncoder().encodeToString("late".getBytes(StandardCharsets.UTF_8));
            ciphertexts.put(onSecond.encrypt(new EncryptRequest().setKeyId(lateKey).setPlaintext(late)).getBody()
                    .getCiphertextBlob(), late);

            // a node or command with only the new key is refused until the rotation has finished
            ServiceProcess.Run early = first.admin(Map.of("KMS_MASTER_KEY_FILE", newKeyFile.toString()),
                    "master-key", "status");
            assertThat(early.exit()).isEqualTo(1);
            assertThat(early.errors()).contains("has not finished");

            String finished = first.cli("master-key", "rotate", "--new-key-file", newKeyFile.toString());
            assertThat(finished).contains("done:");
            Map<String, Long> after = status(finished);
            String oldId = halfWay.keySet().stream().filter(id -> after.get(id) == 0).findFirst().orElseThrow();
            String newId = halfWay.keySet().stream().filter(id -> !id.equals(oldId)).findFirst().orElseThrow();
            assertThat(after.get(oldId)).isZero();
            assertThat(after.get(newId)).isEqualTo(halfWay.values().stream().mapToLong(Long::longValue).sum() + 1);
            assertThat(finished).containsPattern(oldId + "\\s+retirable");
            ServiceProcess.Run primaryKept = first.admin(Map.of(), "master-key", "retire", newId);
            assertThat(primaryKept.exit()).isEqualTo(1);
            assertThat(primaryKept.errors()).contains("is the primary one");
            ServiceProcess.Run ownKept = first.admin(Map.of(), "master-key", "retire", oldId);
            assertThat(ownKept.exit()).isEqualTo(1);
            assertThat(ownKept.errors()).contains("is the one this command runs with");

            // the second node restarts with only the new key, given as KMS_MASTER_KEY
            second.stop();
            try (ServiceProcess restarted = ServiceProcess.startBeside(first, Map.of("KMS_MASTER_KEY", newKeyText,
                    "KMS_MASTER_KEY_FILE", second.dataDir.resolve("absent.key").toString()))) {
                everythingReads(restarted, ciphertexts, secrets, user.group(1), user.group(2));
                Poll.until("the first node holds the new key",
                        () -> first.output().contains("Learned master key " + newId));
                String retired = first.admin(Map.of("KMS_MASTER_KEY_FILE", newKeyFile.toString()),
                        "master-key", "retire", oldId).text();
                assertThat(retired).contains("retired master key " + oldId);
                ServiceProcess.Run oldRefused = first.admin(Map.of(), "master-key", "status");
                assertThat(oldRefused.exit()).isEqualTo(1);
                assertThat(oldRefused.errors()).contains("not a key of this database", oldId);
                everythingReads(first, ciphertexts, secrets, user.group(1), user.group(2));   // the old key's node
                for (String output : List.of(first.output(), second.output(), restarted.output(),
                        String.join("\n", printed), finished, retired, first.dumpEveryTable())) {
                    assertThat(output).doesNotContain(oldKeyText, newKeyText);
                }
            }
        }
    }

    /** master-key status: key id → blobs. */
    private static Map<String, Long> status(String printed) {
        Map<String, Long> keys = new LinkedHashMap<>();
        Matcher row = ROW.matcher(printed);
        while (row.find()) {
            keys.put(row.group(1), Long.parseLong(row.group(3)));
        }
        return keys;
    }

    private static void everythingReads(ServiceProcess node, Map<String, String> ciphertexts,
                                        Map<String, String> secrets, String userKeyId, String userSecret)
            throws Exception {
        Client tea = new Clients(node).tea();
        for (Map.Entry<String, String> c : ciphertexts.entrySet()) {
            assertThat(tea.decrypt(new DecryptRequest().setCiphertextBlob(c.getKey())).getBody().getPlaintext())
                    .isEqualTo(c.getValue());
        }
        Client asUser = new Clients(node).tea(userKeyId, userSecret);
        for (Map.Entry<String, String> s : secrets.entrySet()) {
            assertThat(asUser.getSecretValue(new GetSecretValueRequest().setSecretName(s.getKey())).getBody()
                    .getSecretData()).isEqualTo(s.getValue());
        }
    }
}
