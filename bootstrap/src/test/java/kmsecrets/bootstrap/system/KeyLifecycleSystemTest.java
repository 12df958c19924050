package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The key lifecycle through the Tea SDK, and what a key's state does to the secrets sealed under it. */
class KeyLifecycleSystemTest {
    @RegisterExtension
    static final SharedService node = SharedService.start();

    private static String newKey(String description) throws Exception {
        return node.tea().createKey(new CreateKeyRequest().setDescription(description)).getBody().getKeyMetadata().getKeyId();
    }

    @Test
    void keysAreCreatedDescribedListedAndDescribedAgain() throws Exception {
        var created = node.tea().createKey(new CreateKeyRequest().setDescription("orders")).getBody().getKeyMetadata();
        assertThat(created.getKeyId()).matches("key-[a-z0-9]{21}");
        assertThat(created.getKeyState()).isEqualTo("Enabled");
        assertThat(created.getKeySpec()).isEqualTo("Aliyun_AES_256");
        assertThat(created.getArn()).endsWith(":key/" + created.getKeyId());
        var described = node.tea().describeKey(new DescribeKeyRequest().setKeyId(created.getArn())).getBody().getKeyMetadata();
        assertThat(described.getDescription()).isEqualTo("orders");
        node.tea().updateKeyDescription(new UpdateKeyDescriptionRequest().setKeyId(created.getKeyId()).setDescription(""));
        assertThat(node.tea().describeKey(new DescribeKeyRequest().setKeyId(created.getKeyId())).getBody().getKeyMetadata()
                .getDescription()).isEmpty();
        var listed = node.tea().listKeys(new ListKeysRequest().setPageSize(100)).getBody();
        assertThat(listed.getKeys().getKey()).extracting(k -> k.getKeyId()).contains(created.getKeyId());
        failsWith(404, "Forbidden.KeyNotFound", () -> node.tea().describeKey(
                new DescribeKeyRequest().setKeyId("key-doesnotexist000000000")));
        failsWith(400, "Unsupported.Origin", () -> node.tea().createKey(new CreateKeyRequest().setOrigin("EXTERNAL")));
        failsWith(400, "InvalidParameter", () -> node.tea().createKey(new CreateKeyRequest().setKeySpec("RSA_2048")));
        failsWith(400, "Unsupported.ProtectionLevel", () -> node.tea().createKey(new CreateKeyRequest()
                .setProtectionLevel("HSM")));
        var rotating = node.tea().createKey(new CreateKeyRequest().setEnableAutomaticRotation(true)
                .setRotationInterval("90d").setTags("[{\"TagKey\":\"owner\",\"TagValue\":\"ops\"}]"))
                .getBody().getKeyMetadata();
        assertThat(rotating.getAutomaticRotation()).isEqualTo("Enabled");
        assertThat(rotating.getRotationInterval()).isEqualTo("7776000s");
        assertThat(node.tea().listResourceTags(new com.aliyun.kms20160120.models.ListResourceTagsRequest()
                .setKeyId(rotating.getKeyId())).getBody().getTags().getTag()).singleElement()
                .satisfies(t -> assertThat(t.getTagKey()).isEqualTo("owner"));
        failsWith(400, "InvalidParameter", () -> node.tea().createKey(new CreateKeyRequest()
                .setEnableAutomaticRotation(true).setRotationInterval("1000d")));
    }

    @Test
    void aDisabledKeyLocksItsSecretsUntilEnabledAgain() throws Exception {
        String key = newKey("locks");
        node.tea().createSecret(new CreateSecretRequest().setSecretName("under-key").setVersionId("v1").setSecretData("v")
                .setEncryptionKeyId(key));
        assertThat(node.tea().describeSecret(new DescribeSecretRequest().setSecretName("under-key")).getBody()
                .getEncryptionKeyId()).isEqualTo(key);
        node.tea().disableKey(new DisableKeyRequest().setKeyId(key));
        node.tea().disableKey(new DisableKeyRequest().setKeyId(key));
        failsWith(409, "Rejected.Disabled", () -> node.tea().getSecretValue(
                new GetSecretValueRequest().setSecretName("under-key")));
        failsWith(409, "Rejected.Disabled", () -> node.tea().putSecretValue(new PutSecretValueRequest()
                .setSecretName("under-key").setVersionId("v2").setSecretData("w")));
        failsWith(409, "Rejected.Disabled", () -> node.tea().createSecret(new CreateSecretRequest().setSecretName("other")
                .setVersionId("v1").setSecretData("v").setEncryptionKeyId(key)));
        node.tea().enableKey(new EnableKeyRequest().setKeyId(key));
        assertThat(node.tea().getSecretValue(new GetSecretValueRequest().setSecretName("under-key")).getBody()
                .getSecretData()).isEqualTo("v");
    }

    @Test
    void scheduledDeletionCanBeCancelledBackToEnabled() throws Exception {
        String key = newKey("doomed");
        node.tea().createSecret(new CreateSecretRequest().setSecretName("doomed-secret").setVersionId("v1")
                .setSecretData("v").setEncryptionKeyId(key));
        failsWith(409, "Rejected.StateModifiedFailed", () -> node.tea().cancelKeyDeletion(
                new CancelKeyDeletionRequest().setKeyId(key)));
        failsWith(400, "InvalidParameter", () -> node.tea().scheduleKeyDeletion(new ScheduleKeyDeletionRequest()
                .setKeyId(key).setPendingWindowInDays(6)));
        node.tea().scheduleKeyDeletion(new ScheduleKeyDeletionRequest().setKeyId(key).setPendingWindowInDays(7));
        var pending = node.tea().describeKey(new DescribeKeyRequest().setKeyId(key)).getBody().getKeyMetadata();
        assertThat(pending.getKeyState()).isEqualTo("PendingDeletion");
        assertThat(Duration.between(Instant.now(), Instant.parse(pending.getDeleteDate())).toDays()).isBetween(6L, 7L);
        failsWith(409, "Rejected.PendingDeletion", () -> node.tea().getSecretValue(
                new GetSecretValueRequest().setSecretName("doomed-secret")));
        failsWith(409, "Rejected.StateModifiedFailed", () -> node.tea().disableKey(new DisableKeyRequest().setKeyId(key)));
        node.tea().cancelKeyDeletion(new CancelKeyDeletionRequest().setKeyId(key));
        assertThat(node.tea().describeKey(new DescribeKeyRequest().setKeyId(key)).getBody().getKeyMetadata().getKeyState())
                .isEqualTo("Enabled");
        assertThat(node.tea().getSecretValue(new GetSecretValueRequest().setSecretName("doomed-secret")).getBody()
                .getSecretData()).isEqualTo("v");
    }

    @Test
    void theServiceManagedDefaultKeyCannotBeDisabled() throws Exception {
        node.tea().createSecret(new CreateSecretRequest().setSecretName("default-keyed").setVersionId("v1").setSecretData("v"));
        String defaultKey = node.tea().describeSecret(new DescribeSecretRequest().setSecretName("default-keyed")).getBody()
                .getEncryptionKeyId();
        failsWith(400, "Rejected.UnsupportedOperation", () -> node.tea().disableKey(
                new DisableKeyRequest().setKeyId(defaultKey)));
        failsWith(404, "Forbidden.KeyNotFound", () -> node.tea().enableKey(
                new EnableKeyRequest().setKeyId("key-doesnotexist000000000")));
        failsWith(400, "Rejected.UnsupportedOperation", () -> node.tea().createKeyVersion(
                new com.aliyun.kms20160120.models.CreateKeyVersionRequest().setKeyId(defaultKey)));
    }

    @Test
    void keysCarryTagsThroughBothTaggingFamilies() throws Exception {
        String key = newKey("tagged");
        node.tea().tagResource(new com.aliyun.kms20160120.models.TagResourceRequest().setKeyId(key)
                .setTags("[{\"TagKey\":\"env\",\"TagValue\":\"prod\"}]"));
        node.tea().tagResources(new com.aliyun.kms20160120.models.TagResourcesRequest().setRegionId("cn-hangzhou")
                .setResourceType("key").setResourceId(java.util.List.of(key)).setTag(java.util.List.of(
                        new com.aliyun.kms20160120.models.TagResourcesRequest.TagResourcesRequestTag().setKey("team")
                                .setValue("core"))));
        var listed = node.tea().listResourceTags(new com.aliyun.kms20160120.models.ListResourceTagsRequest().setKeyId(key))
                .getBody().getTags().getTag();
        assertThat(listed).extracting(t -> t.getTagKey() + "=" + t.getTagValue())
                .containsExactly("env=prod", "team=core");
        var rows = node.tea().listTagResources(new com.aliyun.kms20160120.models.ListTagResourcesRequest()
                .setRegionId("cn-hangzhou").setResourceType("key").setResourceId(java.util.List.of(key))).getBody();
        assertThat(rows.getTagResources().getTagResource()).hasSize(2)
                .allSatisfy(r -> assertThat(r.getResourceType()).isEqualTo("key"));
        node.tea().untagResources(new com.aliyun.kms20160120.models.UntagResourcesRequest().setRegionId("cn-hangzhou")
                .setResourceType("key").setResourceId(java.util.List.of(key)).setTagKey(java.util.List.of("env")));
        node.tea().untagResource(new com.aliyun.kms20160120.models.UntagResourceRequest().setKeyId(key)
                .setTagKeys("[\"team\"]"));
        assertThat(node.tea().listResourceTags(new com.aliyun.kms20160120.models.ListResourceTagsRequest().setKeyId(key))
                .getBody().getTags().getTag()).isEmpty();
        String twentyOne = java.util.stream.IntStream.range(0, 21)
                .mapToObj(i -> "{\"TagKey\":\"k" + i + "\",\"TagValue\":\"v\"}")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        failsWith(400, "Rejected.LimitExceeded", () -> node.tea().tagResource(
                new com.aliyun.kms20160120.models.TagResourceRequest().setKeyId(key).setTags(twentyOne)));
    }

    @Test
    void keyVersionsComeAtMostOnceAWeekByDefault() throws Exception {
        String key = newKey("weekly");
        failsWith(400, "Rejected.LimitExceeded", () -> node.tea().createKeyVersion(
                new com.aliyun.kms20160120.models.CreateKeyVersionRequest().setKeyId(key)));
    }
}
