package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateKeyRequest;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DeleteSecretRequest;
import com.aliyun.kms20160120.models.DescribeSecretRequest;
import com.aliyun.kms20160120.models.ListKeyVersionsRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A node killed in the middle of a background job: the job's transaction dies with it, and the next node does the
 * work, once. The test holds a table lock the job needs, sees the job's transaction wait for it (in
 * pg_stat_activity), kills the node with {@code kill -9}, and lets go; no hook in the product code.
 */
@Tag("slow")
class BackgroundJobCrashSystemTest {
    private static final Map<String, String> FAST_JOBS = Map.of("KMS_PURGE_INTERVAL_SECONDS", "1",
            "KMS_KEY_ROTATION_CHECK_SECONDS", "1");

    @Test
    void aKeyRotationCutShortByKill9IsDoneOnceByTheNextNode() throws Exception {
        try (ServiceProcess first = ServiceProcess.start(FAST_JOBS)) {
            Client tea = SecretsWorkload.client(first);
            String keyId = tea.createKey(new CreateKeyRequest().setEnableAutomaticRotation(true)
                    .setRotationInterval("604800s")).getBody().getKeyMetadata().getKeyId();
            try (Connection lock = first.sql(); Statement s = lock.createStatement()) {
                lock.setAutoCommit(false);
                s.execute("lock table key_versions in exclusive mode");
                execute(first, "update customer_keys set next_rotation_at = now() - interval '1 minute' "
                        + "where key_id = '" + keyId + "'");
                Poll.until("the rotation job waits for key_versions", () -> waiting(first) > 0);
                first.kill();
                lock.rollback();
            }
            assertThat(keyVersions(first, keyId)).as("the killed node's rotation did not commit").isEqualTo(1);
            try (ServiceProcess second = ServiceProcess.startBeside(first, FAST_JOBS)) {
                Client next = SecretsWorkload.client(second);
                Poll.until("the next node rotated the key", () -> keyVersions(second, keyId) >= 2);
                assertThat(next.listKeyVersions(new ListKeyVersionsRequest().setKeyId(keyId)).getBody()
                        .getTotalCount()).isEqualTo(2);
                assertThat(second.output()).containsOnlyOnce("Rotated key");
            }
        }
    }

    @Test
    void aPurgeCutShortByKill9IsDoneByTheNextNode() throws Exception {
        try (ServiceProcess first = ServiceProcess.start(FAST_JOBS)) {
            Client tea = SecretsWorkload.client(first);
            tea.createSecret(new CreateSecretRequest().setSecretName("doomed").setVersionId("v1").setSecretData("x"));
            tea.createSecret(new CreateSecretRequest().setSecretName("kept").setVersionId("v1").setSecretData("y"));
            tea.deleteSecret(new DeleteSecretRequest().setSecretName("doomed").setRecoveryWindowInDays("7"));
            try (Connection lock = first.sql(); Statement s = lock.createStatement()) {
                lock.setAutoCommit(false);
                s.execute("lock table secret_versions in exclusive mode");
                execute(first, "update secrets set planned_delete_at = now() - interval '1 minute' "
                        + "where name = 'doomed'");
                Poll.until("the purge job waits for secret_versions", () -> waiting(first) > 0);
                first.kill();
                lock.rollback();
            }
            try (ServiceProcess second = ServiceProcess.startBeside(first, FAST_JOBS)) {
                Client next = SecretsWorkload.client(second);
                Poll.until("the next node purged the secret", () -> TeaCalls.gone(next, "doomed"));
                assertThat(second.output()).containsOnlyOnce("Purged secret").contains("secret/doomed");
                assertThat(next.describeSecret(new DescribeSecretRequest().setSecretName("kept")).getBody()
                        .getSecretName()).isEqualTo("kept");
            }
        }
    }

    /** On a connection of its own, committed at once (while the test's lock is held on another). */
    private static void execute(ServiceProcess node, String sql) throws Exception {
        try (Connection c = node.sql(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static int waiting(ServiceProcess node) {
        return count(node, "select count(*) from pg_stat_activity where datname = current_database() "
                + "and wait_event_type = 'Lock'");
    }

    private static int keyVersions(ServiceProcess node, String keyId) {
        return count(node, "select count(*) from key_versions where key_id = '" + keyId + "'");
    }

    private static int count(ServiceProcess node, String sql) {
        try (Connection c = node.sql(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
