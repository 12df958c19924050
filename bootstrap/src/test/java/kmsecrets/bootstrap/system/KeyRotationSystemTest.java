package kmsecrets.bootstrap.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateKeyRequest;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DescribeKeyRequest;
import com.aliyun.kms20160120.models.DescribeSecretRequest;
import com.aliyun.kms20160120.models.DisableKeyRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.ListKeyVersionsRequest;
import com.aliyun.kms20160120.models.UpdateRotationPolicyRequest;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Automatic key rotation on two nodes of one database: a due key rotates exactly once; old data stays readable. */
class KeyRotationSystemTest {
    private static final Map<String, String> FAST = Map.of("KMS_KEY_ROTATION_CHECK_SECONDS", "1");

    private static long versions(Client tea, String key) throws Exception {
        return tea.listKeyVersions(new ListKeyVersionsRequest().setKeyId(key)).getBody().getTotalCount();
    }

    @Test
    void aDueKeyRotatesOnceAcrossNodesAndSuspendsWhileDisabled() throws Exception {
        try (ServiceProcess first = ServiceProcess.start(FAST);
             ServiceProcess second = ServiceProcess.startBeside(first, FAST)) {
            Client tea = new Clients(first).tea();
            String key = tea.createKey(new CreateKeyRequest()).getBody().getKeyMetadata().getKeyId();
            String idle = tea.createKey(new CreateKeyRequest()).getBody().getKeyMetadata().getKeyId();
            tea.createSecret(new CreateSecretRequest().setSecretName("before-rotation").setVersionId("v1")
                    .setSecretData("old").setEncryptionKeyId(key));
            failsWith(400, "InvalidParameter", () -> tea.updateRotationPolicy(new UpdateRotationPolicyRequest()
                    .setKeyId(key).setEnableAutomaticRotation(true).setRotationInterval("6d")));
            failsWith(400, "InvalidParameter", () -> tea.updateRotationPolicy(new UpdateRotationPolicyRequest()
                    .setKeyId(key).setEnableAutomaticRotation(true)));
            for (String k : new String[] {key, idle}) {
                tea.updateRotationPolicy(new UpdateRotationPolicyRequest().setKeyId(k).setEnableAutomaticRotation(true)
                        .setRotationInterval("7d"));
            }
            var metadata = tea.describeKey(new DescribeKeyRequest().setKeyId(key)).getBody().getKeyMetadata();
            assertThat(metadata.getAutomaticRotation()).isEqualTo("Enabled");
            assertThat(metadata.getRotationInterval()).isEqualTo("604800s");
            assertThat(Duration.between(Instant.now(), Instant.parse(metadata.getNextRotationDate())).toDays())
                    .isBetween(6L, 7L);
            tea.disableKey(new DisableKeyRequest().setKeyId(idle));
            assertThat(tea.describeKey(new DescribeKeyRequest().setKeyId(idle)).getBody().getKeyMetadata()
                    .getAutomaticRotation()).isEqualTo("Suspended");

            try (Connection c = first.sql()) {
                c.createStatement().executeUpdate("update customer_keys set next_rotation_at = now() - interval '1 second' "
                        + "where next_rotation_at is not null");
            }
            Poll.until("the due key rotates", () -> versions(tea, key) >= 2);
            assertThat(versions(tea, idle)).as("a disabled key does not rotate").isEqualTo(1);
            var rotated = tea.describeKey(new DescribeKeyRequest().setKeyId(key)).getBody().getKeyMetadata();
            assertThat(Duration.between(Instant.now(), Instant.parse(rotated.getNextRotationDate())).toDays())
                    .isBetween(6L, 7L);
            assertThat(rotated.getPrimaryKeyVersion()).isNotEqualTo(key + "-v1");
            assertThat(new Clients(second).tea().getSecretValue(new GetSecretValueRequest()
                    .setSecretName("before-rotation")).getBody().getSecretData()).isEqualTo("old");

            String defaultKey;
            tea.createSecret(new CreateSecretRequest().setSecretName("default").setVersionId("v1").setSecretData("x"));
            defaultKey = tea.describeSecret(new DescribeSecretRequest().setSecretName("default")).getBody()
                    .getEncryptionKeyId();
            failsWith(400, "Rejected.UnsupportedOperation", () -> tea.updateRotationPolicy(
                    new UpdateRotationPolicyRequest().setKeyId(defaultKey).setEnableAutomaticRotation(true)
                            .setRotationInterval("30d")));
            assertThat(new Clients(first).classic(new com.aliyuncs.kms.model.v20160120.DescribeRegionsRequest())
                    .getRegions()).singleElement().satisfies(r -> assertThat(r.getRegionId()).isEqualTo("cn-hangzhou"));
            // stopped gracefully, each node has finished every job run it started: the count is final
            first.stop();
            second.stop();
            try (Connection c = first.sql(); PreparedStatement q = c.prepareStatement(
                    "select count(*) from key_versions where key_id = ?")) {
                q.setString(1, key);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("rotated exactly once across both nodes").isEqualTo(2);
                }
            }
        }
    }
}
