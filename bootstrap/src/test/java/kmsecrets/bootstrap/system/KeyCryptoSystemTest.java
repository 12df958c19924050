package kmsecrets.bootstrap.system;

import static kmsecrets.bootstrap.system.TeaCalls.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.models.CreateKeyRequest;
import com.aliyun.kms20160120.models.CreateKeyVersionRequest;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DecryptRequest;
import com.aliyun.kms20160120.models.DescribeKeyVersionRequest;
import com.aliyun.kms20160120.models.DisableKeyRequest;
import com.aliyun.kms20160120.models.EncryptRequest;
import com.aliyun.kms20160120.models.GenerateDataKeyRequest;
import com.aliyun.kms20160120.models.GenerateDataKeyWithoutPlaintextRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.ListKeyVersionsRequest;
import com.aliyun.kms20160120.models.PutSecretValueRequest;
import com.aliyun.kms20160120.models.ReEncryptRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Encrypt, Decrypt, GenerateDataKey, ReEncrypt and key versions through both SDK generations. */
class KeyCryptoSystemTest {
    @RegisterExtension
    static final SharedService node = SharedService.start(Map.of("KMS_KEY_VERSION_MIN_INTERVAL_SECONDS", "0"));

    private static String newKey() throws Exception {
        return node.tea().createKey(new CreateKeyRequest()).getBody().getKeyMetadata().getKeyId();
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encryptThenDecryptRoundTripsBoundToItsContext() throws Exception {
        String key = newKey();
        var encrypted = node.tea().encrypt(new EncryptRequest().setKeyId(key).setPlaintext(b64("card 4111"))
                .setEncryptionContext(Map.of("purpose", "billing"))).getBody();
        assertThat(encrypted.getKeyId()).isEqualTo(key);
        assertThat(encrypted.getKeyVersionId()).startsWith(key + "-");
        var decrypted = node.tea().decrypt(new DecryptRequest().setCiphertextBlob(encrypted.getCiphertextBlob())
                .setEncryptionContext(Map.of("purpose", "billing"))).getBody();
        assertThat(new String(Base64.getDecoder().decode(decrypted.getPlaintext()), StandardCharsets.UTF_8))
                .isEqualTo("card 4111");
        assertThat(decrypted.getKeyId()).isEqualTo(key);

        failsWith(400, "InvalidParameter", () -> node.tea().decrypt(new DecryptRequest()
                .setCiphertextBlob(encrypted.getCiphertextBlob()).setEncryptionContext(Map.of("purpose", "other"))));
        byte[] tampered = Base64.getDecoder().decode(encrypted.getCiphertextBlob());
        tampered[tampered.length - 1] ^= 1;
        failsWith(400, "InvalidParameter", () -> node.tea().decrypt(new DecryptRequest()
                .setCiphertextBlob(Base64.getEncoder().encodeToString(tampered))
                .setEncryptionContext(Map.of("purpose", "billing"))));
        failsWith(400, "InvalidParameter", () -> node.tea().decrypt(new DecryptRequest().setCiphertextBlob(b64("junk"))));
        failsWith(400, "InvalidParameter", () -> node.tea().encrypt(new EncryptRequest().setKeyId(key)
                .setPlaintext("not base64!")));
        failsWith(404, "Forbidden.KeyNotFound", () -> node.tea().encrypt(new EncryptRequest()
                .setKeyId("key-doesnotexist000000000").setPlaintext(b64("x"))));

        var classic = new com.aliyuncs.kms.model.v20160120.EncryptRequest();
        classic.setKeyId(key);
        classic.setPlaintext(b64("classic"));
        String blob = node.clients().classic(classic).getCiphertextBlob();
        var classicDecrypt = new com.aliyuncs.kms.model.v20160120.DecryptRequest();
        classicDecrypt.setCiphertextBlob(blob);
        assertThat(node.clients().classicXml(classicDecrypt).getPlaintext()).isEqualTo(b64("classic"));
    }

    @Test
    void generatedDataKeysDecryptToTheirPlaintext() throws Exception {
        String key = newKey();
        var dataKey = node.tea().generateDataKey(new GenerateDataKeyRequest().setKeyId(key)).getBody();
        assertThat(Base64.getDecoder().decode(dataKey.getPlaintext())).hasSize(32);
        assertThat(node.tea().decrypt(new DecryptRequest().setCiphertextBlob(dataKey.getCiphertextBlob())).getBody()
                .getPlaintext()).isEqualTo(dataKey.getPlaintext());
        var sixteen = node.tea().generateDataKey(new GenerateDataKeyRequest().setKeyId(key).setKeySpec("AES_128")).getBody();
        assertThat(Base64.getDecoder().decode(sixteen.getPlaintext())).hasSize(16);
        var hidden = node.tea().generateDataKeyWithoutPlaintext(new GenerateDataKeyWithoutPlaintextRequest().setKeyId(key)
                .setNumberOfBytes(64)).getBody();
        assertThat(Base64.getDecoder().decode(node.tea().decrypt(new DecryptRequest()
                .setCiphertextBlob(hidden.getCiphertextBlob())).getBody().getPlaintext())).hasSize(64);
        failsWith(400, "InvalidParameter", () -> node.tea().generateDataKey(new GenerateDataKeyRequest().setKeyId(key)
                .setNumberOfBytes(1025)));
        failsWith(412, "DryRunOperationError", () -> node.tea().generateDataKey(new GenerateDataKeyRequest().setKeyId(key)
                .setDryRun("true")));
    }

    @Test
    void oldCiphertextAndOldSecretVersionsStayReadableAfterRotation() throws Exception {
        String key = newKey();
        String before = node.tea().encrypt(new EncryptRequest().setKeyId(key).setPlaintext(b64("before"))).getBody()
                .getCiphertextBlob();
        node.tea().createSecret(new CreateSecretRequest().setSecretName("rotating-key").setVersionId("v1")
                .setSecretData("sealed-before").setEncryptionKeyId(key));
        var created = node.tea().createKeyVersion(new CreateKeyVersionRequest().setKeyId(key)).getBody().getKeyVersion();
        node.tea().putSecretValue(new PutSecretValueRequest().setSecretName("rotating-key").setVersionId("v2")
                .setSecretData("sealed-after"));
        var after = node.tea().encrypt(new EncryptRequest().setKeyId(key).setPlaintext(b64("after"))).getBody();
        assertThat(after.getKeyVersionId()).isEqualTo(created.getKeyVersionId());

        assertThat(node.tea().decrypt(new DecryptRequest().setCiphertextBlob(before)).getBody().getPlaintext())
                .isEqualTo(b64("before"));
        assertThat(node.tea().getSecretValue(new GetSecretValueRequest().setSecretName("rotating-key").setVersionId("v1"))
                .getBody().getSecretData()).isEqualTo("sealed-before");
        assertThat(node.tea().getSecretValue(new GetSecretValueRequest().setSecretName("rotating-key")).getBody()
                .getSecretData()).isEqualTo("sealed-after");
        var versions = node.tea().listKeyVersions(new ListKeyVersionsRequest().setKeyId(key)).getBody();
        assertThat(versions.getTotalCount()).isEqualTo(2);
        assertThat(node.tea().describeKeyVersion(new DescribeKeyVersionRequest().setKeyId(key)
                .setKeyVersionId(created.getKeyVersionId())).getBody().getKeyVersion().getKeyId()).isEqualTo(key);
        failsWith(404, "Forbidden.KeyVersionNotFound", () -> node.tea().describeKeyVersion(new DescribeKeyVersionRequest()
                .setKeyId(key).setKeyVersionId(key + "-nope")));
    }

    @Test
    void reEncryptMovesCiphertextToAnotherKey() throws Exception {
        String source = newKey();
        String destination = newKey();
        String blob = node.tea().encrypt(new EncryptRequest().setKeyId(source).setPlaintext(b64("moving"))
                .setEncryptionContext(Map.of("a", "1"))).getBody().getCiphertextBlob();
        var moved = node.tea().reEncrypt(new ReEncryptRequest().setCiphertextBlob(blob).setDestinationKeyId(destination)
                .setSourceEncryptionContext(Map.of("a", "1")).setDestinationEncryptionContext(Map.of("b", "2")))
                .getBody();
        assertThat(moved.getKeyId()).isEqualTo(destination);
        assertThat(node.tea().decrypt(new DecryptRequest().setCiphertextBlob(moved.getCiphertextBlob())
                .setEncryptionContext(Map.of("b", "2"))).getBody().getPlaintext()).isEqualTo(b64("moving"));
    }

    @Test
    void aDisabledKeyNeitherEncryptsNorDecrypts() throws Exception {
        String key = newKey();
        String blob = node.tea().encrypt(new EncryptRequest().setKeyId(key).setPlaintext(b64("x"))).getBody()
                .getCiphertextBlob();
        node.tea().disableKey(new DisableKeyRequest().setKeyId(key));
        failsWith(409, "Rejected.Disabled", () -> node.tea().encrypt(new EncryptRequest().setKeyId(key)
                .setPlaintext(b64("x"))));
        failsWith(409, "Rejected.Disabled", () -> node.tea().decrypt(new DecryptRequest().setCiphertextBlob(blob)));
        failsWith(409, "Rejected.Disabled", () -> node.tea().createKeyVersion(new CreateKeyVersionRequest().setKeyId(key)));
    }
}
