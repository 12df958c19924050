package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.kms.model.v20160120.CancelKeyDeletionRequest;
import com.aliyuncs.kms.model.v20160120.CreateAliasRequest;
import com.aliyuncs.kms.model.v20160120.CreateKeyRequest;
import com.aliyuncs.kms.model.v20160120.CreateKeyVersionRequest;
import com.aliyuncs.kms.model.v20160120.DecryptRequest;
import com.aliyuncs.kms.model.v20160120.DeleteAliasRequest;
import com.aliyuncs.kms.model.v20160120.DescribeKeyRequest;
import com.aliyuncs.kms.model.v20160120.DescribeKeyVersionRequest;
import com.aliyuncs.kms.model.v20160120.DisableKeyRequest;
import com.aliyuncs.kms.model.v20160120.EnableKeyRequest;
import com.aliyuncs.kms.model.v20160120.EncryptRequest;
import com.aliyuncs.kms.model.v20160120.GenerateDataKeyRequest;
import com.aliyuncs.kms.model.v20160120.GenerateDataKeyWithoutPlaintextRequest;
import com.aliyuncs.kms.model.v20160120.ListAliasesByKeyIdRequest;
import com.aliyuncs.kms.model.v20160120.ListAliasesRequest;
import com.aliyuncs.kms.model.v20160120.ListKeyVersionsRequest;
import com.aliyuncs.kms.model.v20160120.ListKeysRequest;
import com.aliyuncs.kms.model.v20160120.ListResourceTagsRequest;
import com.aliyuncs.kms.model.v20160120.ReEncryptRequest;
import com.aliyuncs.kms.model.v20160120.ScheduleKeyDeletionRequest;
import com.aliyuncs.kms.model.v20160120.TagResourceRequest;
import com.aliyuncs.kms.model.v20160120.UntagResourceRequest;
import com.aliyuncs.kms.model.v20160120.UpdateAliasRequest;
import com.aliyuncs.kms.model.v20160120.UpdateKeyDescriptionRequest;
import com.aliyuncs.kms.model.v20160120.UpdateRotationPolicyRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every key operation through the classic SDK too, half of them with XML replies. */
class ClassicSdkKeysSystemTest {
    @RegisterExtension
    static final SharedService node = SharedService.start(Map.of("KMS_KEY_VERSION_MIN_INTERVAL_SECONDS", "0"));

    @Test
    void everyKeyOperationWorksThroughTheClassicSdk() throws Exception {
        CreateKeyRequest create = new CreateKeyRequest();
        create.setDescription("classic");
        var metadata = node.clients().classic(create).getKeyMetadata();
        String key = metadata.getKeyId();
        assertThat(metadata.getKeyState()).isEqualTo("Enabled");
        String other = node.clients().classicXml(new CreateKeyRequest()).getKeyMetadata().getKeyId();

        DescribeKeyRequest describe = new DescribeKeyRequest();
        describe.setKeyId(key);
        assertThat(node.clients().classicXml(describe).getKeyMetadata().getDescription()).isEqualTo("classic");
        assertThat(node.clients().classic(new ListKeysRequest()).getKeys()).extracting(k -> k.getKeyId()).contains(key, other);

        UpdateKeyDescriptionRequest describeAgain = new UpdateKeyDescriptionRequest();
        describeAgain.setKeyId(key);
        describeAgain.setDescription("renamed");
        node.clients().classic(describeAgain);
        assertThat(node.clients().classic(describe).getKeyMetadata().getDescription()).isEqualTo("renamed");

        DisableKeyRequest disable = new DisableKeyRequest();
        disable.setKeyId(key);
        node.clients().classic(disable);
        assertThat(node.clients().classic(describe).getKeyMetadata().getKeyState()).isEqualTo("Disabled");
        EncryptRequest refused = new EncryptRequest();
        refused.setKeyId(key);
        refused.setPlaintext("aGk=");
        ClientException e = catchThrowableOfType(ClientException.class, () -> node.clients().classic(refused));
        assertThat(e.getErrCode()).isEqualTo("Rejected.Disabled");
        EnableKeyRequest enable = new EnableKeyRequest();
        enable.setKeyId(key);
        node.clients().classicXml(enable);

        EncryptRequest encrypt = new EncryptRequest();
        encrypt.setKeyId(key);
        encrypt.setPlaintext("aGVsbG8=");
        encrypt.setEncryptionContext("{\"app\":\"classic\"}");
        String blob = node.clients().classic(encrypt).getCiphertextBlob();
        DecryptRequest decrypt = new DecryptRequest();
        decrypt.setCiphertextBlob(blob);
        decrypt.setEncryptionContext("{\"app\":\"classic\"}");
        assertThat(node.clients().classicXml(decrypt).getPlaintext()).isEqualTo("aGVsbG8=");

        GenerateDataKeyRequest dataKey = new GenerateDataKeyRequest();
        dataKey.setKeyId(key);
        var generated = node.clients().classic(dataKey);
        DecryptRequest decryptDataKey = new DecryptRequest();
        decryptDataKey.setCiphertextBlob(generated.getCiphertextBlob());
        assertThat(node.clients().classic(decryptDataKey).getPlaintext()).isEqualTo(generated.getPlaintext());
        GenerateDataKeyWithoutPlaintextRequest hidden = new GenerateDataKeyWithoutPlaintextRequest();
        hidden.setKeyId(key);
        assertThat(node.clients().classicXml(hidden).getCiphertextBlob()).isNotBlank();

        ReEncryptRequest reEncrypt = new ReEncryptRequest();
        reEncrypt.setCiphertextBlob(blob);
        reEncrypt.setSourceEncryptionContext("{\"app\":\"classic\"}");
        reEncrypt.setDestinationKeyId(other);
        assertThat(node.clients().classic(reEncrypt).getKeyId()).isEqualTo(other);

        CreateAliasRequest alias = new CreateAliasRequest();
        alias.setAliasName("alias/classic");
        alias.setKeyId(key);
        node.clients().classic(alias);
        assertThat(node.clients().classic(new ListAliasesRequest()).getAliases()).extracting(a -> a.getAliasName())
                .contains("alias/classic");
        UpdateAliasRequest retarget = new UpdateAliasRequest();
        retarget.setAliasName("alias/classic");
        retarget.setKeyId(other);
        node.clients().classic(retarget);
        ListAliasesByKeyIdRequest byKey = new ListAliasesByKeyIdRequest();
        byKey.setKeyId(other);
        assertThat(node.clients().classicXml(byKey).getAliases()).singleElement()
                .satisfies(a -> assertThat(a.getAliasName()).isEqualTo("alias/classic"));
        DeleteAliasRequest deleteAlias = new DeleteAliasRequest();
        deleteAlias.setAliasName("alias/classic");
        node.clients().classic(deleteAlias);

        CreateKeyVersionRequest version = new CreateKeyVersionRequest();
        version.setKeyId(key);
        String versionId = node.clients().classic(version).getKeyVersion().getKeyVersionId();
        ListKeyVersionsRequest versions = new ListKeyVersionsRequest();
        versions.setKeyId(key);
        assertThat(node.clients().classicXml(versions).getTotalCount()).isEqualTo(2);
        DescribeKeyVersionRequest describeVersion = new DescribeKeyVersionRequest();
        describeVersion.setKeyId(key);
        describeVersion.setKeyVersionId(versionId);
        assertThat(node.clients().classic(describeVersion).getKeyVersion().getKeyVersionId()).isEqualTo(versionId);
        assertThat(node.clients().classic(decrypt).getPlaintext()).as("old blob after rotation").isEqualTo("aGVsbG8=");

        UpdateRotationPolicyRequest rotation = new UpdateRotationPolicyRequest();
        rotation.setKeyId(key);
        rotation.setEnableAutomaticRotation(true);
        rotation.setRotationInterval("30d");
        node.clients().classic(rotation);
        assertThat(node.clients().classic(describe).getKeyMetadata().getRotationInterval()).isEqualTo("2592000s");

        TagResourceRequest tag = new TagResourceRequest();
        tag.setKeyId(key);
        tag.setTags("[{\"TagKey\":\"env\",\"TagValue\":\"prod\"}]");
        node.clients().classic(tag);
        ListResourceTagsRequest tags = new ListResourceTagsRequest();
        tags.setKeyId(key);
        assertThat(node.clients().classicXml(tags).getTags()).singleElement()
                .satisfies(t -> assertThat(t.getTagValue()).isEqualTo("prod"));
        UntagResourceRequest untag = new UntagResourceRequest();
        untag.setKeyId(key);
        untag.setTagKeys("[\"env\"]");
        node.clients().classic(untag);
        assertThat(node.clients().classic(tags).getTags()).isEmpty();

        ScheduleKeyDeletionRequest schedule = new ScheduleKeyDeletionRequest();
        schedule.setKeyId(other);
        schedule.setPendingWindowInDays(7);
        node.clients().classic(schedule);
        DescribeKeyRequest describeOther = new DescribeKeyRequest();
        describeOther.setKeyId(other);
        assertThat(node.clients().classic(describeOther).getKeyMetadata().getKeyState()).isEqualTo("PendingDeletion");
        CancelKeyDeletionRequest cancel = new CancelKeyDeletionRequest();
        cancel.setKeyId(other);
        node.clients().classicXml(cancel);
        assertThat(node.clients().classic(describeOther).getKeyMetadata().getKeyState()).isEqualTo("Enabled");
    }
}
