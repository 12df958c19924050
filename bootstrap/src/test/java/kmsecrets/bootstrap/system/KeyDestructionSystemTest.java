package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateAliasRequest;
import com.aliyun.kms20160120.models.CreateKeyRequest;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DecryptRequest;
import com.aliyun.kms20160120.models.DescribeKeyRequest;
import com.aliyun.kms20160120.models.EncryptRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.ListKeysRequest;
import com.aliyun.kms20160120.models.ScheduleKeyDeletionRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A key whose DeleteDate has passed is destroyed by exactly one of two nodes: its material is erased, its alias
 * goes, and its ciphertexts and the secrets under it answer Forbidden.KeyNotFound (not a 500), while other keys
 * are untouched. (The DeleteDate is moved into the past in the database: the shortest window is 7 days.)
 */
class KeyDestructionSystemTest {

    @Test
    void aKeyPastItsDeleteDateIsDestroyedOnceAndWhatItEncryptedAnswersKeyNotFound() throws Exception {
        Map<String, String> fast = Map.of("KMS_PURGE_INTERVAL_SECONDS", "1");
        try (ServiceProcess first = ServiceProcess.start(fast);
             ServiceProcess second = ServiceProcess.startBeside(first, fast)) {
            Client tea = new Clients(first).tea();
            String doomed = tea.createKey(new CreateKeyRequest()).getBody().getKeyMetadata().getKeyId();
            String kept = tea.createKey(new CreateKeyRequest()).getBody().getKeyMetadata().getKeyId();
            tea.createAlias(new CreateAliasRequest().setAliasName("alias/doomed").setKeyId(doomed));
            String plaintext = Base64.getEncoder().encodeToString("to be lost".getBytes(StandardCharsets.UTF_8));
            String lost = tea.encrypt(new EncryptRequest().setKeyId(doomed).setPlaintext(plaintext)).getBody()
                    .getCiphertextBlob();
            String safe = tea.encrypt(new EncryptRequest().setKeyId(kept).setPlaintext(plaintext)).getBody()
                    .getCiphertextBlob();
            tea.createSecret(new CreateSecretRequest().setSecretName("under-doomed-key").setVersionId("v1")
                    .setSecretData("gone with its key").setEncryptionKeyId(doomed));
            tea.scheduleKeyDeletion(new ScheduleKeyDeletionRequest().setKeyId(doomed).setPendingWindowInDays(7));
            try (Connection c = first.sql(); PreparedStatement past = c.prepareStatement(
                    "update customer_keys set delete_date = now() - interval '1 second' where key_id = ?")) {
                past.setString(1, doomed);
                assertThat(past.executeUpdate()).isEqualTo(1);
            }

            Poll.until("the key is destroyed", () -> first.output().contains("Destroyed customer master key "
                    + doomed) || second.output().contains("Destroyed customer master key " + doomed));
            for (ServiceProcess node : new ServiceProcess[] {first, second}) {
                Client client = new Clients(node).tea();
                failsWith(404, "Forbidden.KeyNotFound", () -> client.describeKey(new DescribeKeyRequest()
                        .setKeyId(doomed)));
                failsWith(404, "Forbidden.AliasNotFound", () -> client.describeKey(new DescribeKeyRequest()
                        .setKeyId("alias/doomed")));
                failsWith(404, "Forbidden.KeyNotFound", () -> client.decrypt(new DecryptRequest()
                        .setCiphertextBlob(lost)));
                failsWith(404, "Forbidden.KeyNotFound", () -> client.getSecretValue(new GetSecretValueRequest()
                        .setSecretName("under-doomed-key")));
                assertThat(client.decrypt(new DecryptRequest().setCiphertextBlob(safe)).getBody().getPlaintext())
                        .isEqualTo(plaintext);
                assertThat(client.listKeys(new ListKeysRequest().setPageSize(100)).getBody().getKeys().getKey())
                        .extracting(k -> k.getKeyId()).contains(kept).doesNotContain(doomed);
            }
            String marker = "Destroyed customer master key " + doomed;
            assertThat(count(first.output(), marker) + count(second.output(), marker)).as("destroyed by one node")
                    .isEqualTo(1);
            try (Connection c = first.sql(); PreparedStatement material = c.prepareStatement(
                    "select count(*) filter (where wrapped_material is not null), count(*) from key_versions "
                            + "where key_id = ?")) {
                material.setString(1, doomed);
                try (ResultSet rs = material.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).as("material left").isZero();
                    assertThat(rs.getLong(2)).as("versions kept as tombstones").isEqualTo(1);
                }
            }
        }
    }

    private static int count(String text, String marker) {
        int found = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length())) {
            found++;
        }
        return found;
    }
}
