package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.models.CreateAliasRequest;
import com.aliyun.kms20160120.models.CreateKeyRequest;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DeleteAliasRequest;
import com.aliyun.kms20160120.models.DescribeKeyRequest;
import com.aliyun.kms20160120.models.DescribeSecretRequest;
import com.aliyun.kms20160120.models.EncryptRequest;
import com.aliyun.kms20160120.models.ListAliasesByKeyIdRequest;
import com.aliyun.kms20160120.models.ListAliasesRequest;
import com.aliyun.kms20160120.models.UpdateAliasRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Aliases name keys wherever a key may be named: DescribeKey, Encrypt, CreateSecret's EncryptionKeyId. */
class AliasSystemTest {
    @RegisterExtension
    static final SharedService node = SharedService.start();

    private static String newKey() throws Exception {
        return node.tea().createKey(new CreateKeyRequest()).getBody().getKeyMetadata().getKeyId();
    }

    @Test
    void aliasesNameKeysUntilRetargetedOrDeleted() throws Exception {
        String first = newKey();
        String second = newKey();
        node.tea().createAlias(new CreateAliasRequest().setAliasName("alias/payments").setKeyId(first));
        assertThat(node.tea().describeKey(new DescribeKeyRequest().setKeyId("alias/payments")).getBody().getKeyMetadata()
                .getKeyId()).isEqualTo(first);
        var listed = node.tea().listAliases(new ListAliasesRequest()).getBody();
        assertThat(listed.getAliases().getAlias()).singleElement().satisfies(a -> {
            assertThat(a.getAliasArn()).endsWith(":alias/payments");
            assertThat(a.getKeyId()).isEqualTo(first);
        });
        String aliasArn = listed.getAliases().getAlias().get(0).getAliasArn();
        assertThat(node.tea().encrypt(new EncryptRequest().setKeyId(aliasArn).setPlaintext("aGk=")).getBody().getKeyId())
                .isEqualTo(first);
        node.tea().createSecret(new CreateSecretRequest().setSecretName("by-alias").setVersionId("v1").setSecretData("x")
                .setEncryptionKeyId("alias/payments"));
        assertThat(node.tea().describeSecret(new DescribeSecretRequest().setSecretName("by-alias")).getBody()
                .getEncryptionKeyId()).isEqualTo(first);

        node.tea().updateAlias(new UpdateAliasRequest().setAliasName("alias/payments").setKeyId(second));
        assertThat(node.tea().listAliasesByKeyId(new ListAliasesByKeyIdRequest().setKeyId(second)).getBody()
                .getTotalCount()).isEqualTo(1);
        assertThat(node.tea().listAliasesByKeyId(new ListAliasesByKeyIdRequest().setKeyId(first)).getBody()
                .getTotalCount()).isZero();

        failsWith(400, "AliasAlreadyExists", () -> node.tea().createAlias(new CreateAliasRequest()
                .setAliasName("alias/payments").setKeyId(first)));
        failsWith(400, "InvalidParameter", () -> node.tea().createAlias(new CreateAliasRequest()
                .setAliasName("alias/acs-reserved").setKeyId(first)));
        failsWith(400, "InvalidParameter", () -> node.tea().createAlias(new CreateAliasRequest()
                .setAliasName("payments").setKeyId(first)));
        failsWith(404, "Forbidden.KeyNotFound", () -> node.tea().createAlias(new CreateAliasRequest()
                .setAliasName("alias/nowhere").setKeyId("key-doesnotexist000000000")));

        node.tea().deleteAlias(new DeleteAliasRequest().setAliasName("alias/payments"));
        failsWith(404, "Forbidden.AliasNotFound", () -> node.tea().describeKey(
                new DescribeKeyRequest().setKeyId("alias/payments")));
        failsWith(404, "Forbidden.AliasNotFound", () -> node.tea().deleteAlias(
                new DeleteAliasRequest().setAliasName("alias/payments")));
        assertThat(node.tea().describeKey(new DescribeKeyRequest().setKeyId(second)).getBody().getKeyMetadata()
                .getKeyState()).as("deleting an alias leaves its key").isEqualTo("Enabled");
    }
}
