package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CancelKeyDeletionRequest;
import com.aliyun.kms20160120.models.CreateKeyRequest;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DescribeKeyRequest;
import com.aliyun.kms20160120.models.DescribeSecretRequest;
import com.aliyun.kms20160120.models.DisableKeyRequest;
import com.aliyun.kms20160120.models.EnableKeyRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.ListKeysRequest;
import com.aliyun.kms20160120.models.PutSecretValueRequest;
import com.aliyun.kms20160120.models.ScheduleKeyDeletionRequest;
import com.aliyun.kms20160120.models.UpdateKeyDescriptionRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The key lifecycle through the Tea SDK, and what a key's state does to the secrets sealed under it. */
class KeyLifecycleSystemTest {
    private static ServiceProcess service;
    private static Client tea;

    @BeforeAll
    static void start() throws Exception {
        service = ServiceProcess.start();
        tea = new Clients(service).tea();
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    private static String newKey(String description) throws Exception {
        return tea.createKey(new CreateKeyRequest().setDescription(description)).getBody().getKeyMetadata().getKeyId();
    }

    @Test
    void keysAreCreatedDescribedListedAndDescribedAgain() throws Exception {
        var created = tea.createKey(new CreateKeyRequest().setDescription("orders")).getBody().getKeyMetadata();
        assertThat(created.getKeyId()).matches("key-[a-z0-9]{21}");
        assertThat(created.getKeyState()).isEqualTo("Enabled");
        assertThat(created.getKeySpec()).isEqualTo("Aliyun_AES_256");
        assertThat(created.getArn()).endsWith(":key/" + created.getKeyId());
        var described = tea.describeKey(new DescribeKeyRequest().setKeyId(created.getArn())).getBody().getKeyMetadata();
        assertThat(described.getDescription()).isEqualTo("orders");
        tea.updateKeyDescription(new UpdateKeyDescriptionRequest().setKeyId(created.getKeyId()).setDescription(""));
        assertThat(tea.describeKey(new DescribeKeyRequest().setKeyId(created.getKeyId())).getBody().getKeyMetadata()
                .getDescription()).isEmpty();
        var listed = tea.listKeys(new ListKeysRequest().setPageSize(100)).getBody();
        assertThat(listed.getKeys().getKey()).extracting(k -> k.getKeyId()).contains(created.getKeyId());
        failsWith(404, "Forbidden.KeyNotFound", () -> tea.describeKey(
                new DescribeKeyRequest().setKeyId("key-doesnotexist000000000")));
        failsWith(400, "Unsupported.Origin", () -> tea.createKey(new CreateKeyRequest().setOrigin("EXTERNAL")));
        failsWith(400, "InvalidParameter", () -> tea.createKey(new CreateKeyRequest().setKeySpec("RSA_2048")));
        failsWith(400, "Unsupported.ProtectionLevel", () -> tea.createKey(new CreateKeyRequest()
                .setProtectionLevel("HSM")));
        var rotating = tea.createKey(new CreateKeyRequest().setEnableAutomaticRotation(true)
                .setRotationInterval("90d").setTags("[{\"TagKey\":\"owner\",\"TagValue\":\"ops\"}]"))
                .getBody().getKeyMetadata();
        assertThat(rotating.getAutomaticRotation()).isEqualTo("Enabled");
        assertThat(rotating.getRotationInterval()).isEqualTo("7776000s");
        assertThat(tea.listResourceTags(new com.aliyun.kms20160120.models.ListResourceTagsRequest()
                .setKeyId(rotating.getKeyId())).getBody().getTags().getTag()).singleElement()
                .satisfies(t -> assertThat(t.getTagKey()).isEqualTo("owner"));
        failsWith(400, "InvalidParameter", () -> tea.createKey(new CreateKeyRequest()
                .setEnableAutomaticRotation(true).setRotationInterval("1000d")));
    }

    @Test
    void aDisabledKeyLocksItsSecretsUntilEnabledAgain() throws Exception {
        String key = newKey("locks");
        tea.createSecret(new CreateSecretRequest().setSecretName("under-key").setVersionId("v1").setSecretData("v")
                .setEncryptionKeyId(key));
        assertThat(tea.describeSecret(new DescribeSecretRequest().setSecretName("under-key")).getBody()
                .getEncryptionKeyId()).isEqualTo(key);
        tea.disableKey(new DisableKeyRequest().setKeyId(key));
        tea.disableKey(new DisableKeyRequest().setKeyId(key));
        failsWith(409, "Rejected.Disabled", () -> tea.getSecretValue(
                new GetSecretValueRequest().setSecretName("under-key")));
        failsWith(409, "Rejected.Disabled", () -> tea.putSecretValue(new PutSecretValueRequest()
                .setSecretName("under-key").setVersionId("v2").setSecretData("w")));
        failsWith(409, "Rejected.Disabled", () -> tea.createSecret(new CreateSecretRequest().setSecretName("other")
                .setVersionId("v1").setSecretData("v").setEncryptionKeyId(key)));
        tea.enableKey(new EnableKeyRequest().setKeyId(key));
        assertThat(tea.getSecretValue(new GetSecretValueRequest().setSecretName("under-key")).getBody()
                .getSecretData()).isEqualTo("v");
    }

    @Test
    void scheduledDeletionCanBeCancelledBackToEnabled() throws Exception {
        String key = newKey("doomed");
        tea.createSecret(new CreateSecretRequest().setSecretName("doomed-secret").setVersionId("v1")
                .setSecretData("v").setEncryptionKeyId(key));
        failsWith(409, "Rejected.StateModifiedFailed", () -> tea.cancelKeyDeletion(
                new CancelKeyDeletionRequest().setKeyId(key)));
        failsWith(400, "InvalidParameter", () -> tea.scheduleKeyDeletion(new ScheduleKeyDeletionRequest()
                .setKeyId(key).setPendingWindowInDays(6)));
        tea.scheduleKeyDeletion(new ScheduleKeyDeletionRequest().setKeyId(key).setPendingWindowInDays(7));
        var pending = tea.describeKey(new DescribeKeyRequest().setKeyId(key)).getBody().getKeyMetadata();
        assertThat(pending.getKeyState()).isEqualTo("PendingDeletion");
        assertThat(Duration.between(Instant.now(), Instant.parse(pending.getDeleteDate())).toDays()).isBetween(6L, 7L);
        failsWith(409, "Rejected.PendingDeletion", () -> tea.getSecretValue(
                new GetSecretValueRequest().setSecretName("doomed-secret")));
        failsWith(409, "Rejected.StateModifiedFailed", () -> tea.disableKey(new DisableKeyRequest().setKeyId(key)));
        tea.cancelKeyDeletion(new CancelKeyDeletionRequest().setKeyId(key));
        assertThat(tea.describeKey(new DescribeKeyRequest().setKeyId(key)).getBody().getKeyMetadata().getKeyState())
                .isEqualTo("Enabled");
        assertThat(tea.getSecretValue(new GetSecretValueRequest().setSecretName("doomed-secret")).getBody()
                .getSecretData()).isEqualTo("v");
    }

    @Test
    void theServiceManagedDefaultKeyCannotBeDisabled() throws Exception {
        tea.createSecret(new CreateSecretRequest().setSecretName("default-keyed").setVersionId("v1").setSecretData("v"));
        String defaultKey = tea.describeSecret(new DescribeSecretRequest().setSecretName("default-keyed")).getBody()
                .getEncryptionKeyId();
        failsWith(400, "Rejected.UnsupportedOperation", () -> tea.disableKey(
                new DisableKeyRequest().setKeyId(defaultKey)));
        failsWith(404, "Forbidden.KeyNotFound", () -> tea.enableKey(
                new EnableKeyRequest().setKeyId("key-doesnotexist000000000")));
        failsWith(400, "Rejected.UnsupportedOperation", () -> tea.createKeyVersion(
                new com.aliyun.kms20160120.models.CreateKeyVersionRequest().setKeyId(defaultKey)));
    }

    @Test
    void keysCarryTagsThroughBothTaggingFamilies() throws Exception {
        String key = newKey("tagged");
        tea.tagResource(new com.aliyun.kms20160120.models.TagResourceRequest().setKeyId(key)
                .setTags("[{\"TagKey\":\"env\",\"TagValue\":\"prod\"}]"));
        tea.tagResources(new com.aliyun.kms20160120.models.TagResourcesRequest().setRegionId("cn-hangzhou")
                .setResourceType("key").setResourceId(java.util.List.of(key)).setTag(java.util.List.of(
                        new com.aliyun.kms20160120.models.TagResourcesRequest.TagResourcesRequestTag().setKey("team")
                                .setValue("core"))));
        var listed = tea.listResourceTags(new com.aliyun.kms20160120.models.ListResourceTagsRequest().setKeyId(key))
                .getBody().getTags().getTag();
        assertThat(listed).extracting(t -> t.getTagKey() + "=" + t.getTagValue())
                .containsExactly("env=prod", "team=core");
        var rows = tea.listTagResources(new com.aliyun.kms20160120.models.ListTagResourcesRequest()
                .setRegionId("cn-hangzhou").setResourceType("key").setResourceId(java.util.List.of(key))).getBody();
        assertThat(rows.getTagResources().getTagResource()).hasSize(2)
                .allSatisfy(r -> assertThat(r.getResourceType()).isEqualTo("key"));
        tea.untagResources(new com.aliyun.kms20160120.models.UntagResourcesRequest().setRegionId("cn-hangzhou")
                .setResourceType("key").setResourceId(java.util.List.of(key)).setTagKey(java.util.List.of("env")));
        tea.untagResource(new com.aliyun.kms20160120.models.UntagResourceRequest().setKeyId(key)
                .setTagKeys("[\"team\"]"));
        assertThat(tea.listResourceTags(new com.aliyun.kms20160120.models.ListResourceTagsRequest().setKeyId(key))
                .getBody().getTags().getTag()).isEmpty();
        String twentyOne = java.util.stream.IntStream.range(0, 21)
                .mapToObj(i -> "{\"TagKey\":\"k" + i + "\",\"TagValue\":\"v\"}")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        failsWith(400, "Rejected.LimitExceeded", () -> tea.tagResource(
                new com.aliyun.kms20160120.models.TagResourceRequest().setKeyId(key).setTags(twentyOne)));
    }

    @Test
    void keyVersionsComeAtMostOnceAWeekByDefault() throws Exception {
        String key = newKey("weekly");
        failsWith(400, "Rejected.LimitExceeded", () -> tea.createKeyVersion(
                new com.aliyun.kms20160120.models.CreateKeyVersionRequest().setKeyId(key)));
    }
}
