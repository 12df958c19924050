package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyuncs.kms.model.v20160120.CreateSecretRequest;
import com.aliyuncs.kms.model.v20160120.CreateSecretResponse;
import com.aliyuncs.kms.model.v20160120.GetSecretValueRequest;
import com.aliyuncs.kms.model.v20160120.GetSecretValueResponse;
import com.aliyuncs.kms.secretsmanager.client.SecretCacheClient;
import com.aliyuncs.kms.secretsmanager.client.model.SecretInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The documented example (mydbconninfo / v1 / {"user":"root","passwd":"****"}) created and read back byte for
 * byte through each official client: classic SDK (JSON and XML, HMAC-SHA1), Tea SDK (ACS3-HMAC-SHA256 by default,
 * and its "v2" HMAC-SHA1 mode), and the secrets-manager caching client over HTTPS.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SdkCompatibilitySystemTest {
    private static final String NAME = "mydbconninfo";
    private static final String DATA = "{\"user\":\"root\",\"passwd\":\"****\"}";

    @RegisterExtension
    static final SharedService node = SharedService.start();

    @AfterEach
    void forgetExample() throws Exception {
        if (node.service() == null) {
            return;
        }
        // through the Tea SDK: the caching client shuts down the classic SDK's shared pool when it closes
        node.clients().tea().deleteSecret(new com.aliyun.kms20160120.models.DeleteSecretRequest()
                .setSecretName(NAME).setForceDeleteWithoutRecovery("true"));
    }

    private static CreateSecretRequest classicCreate() {
        CreateSecretRequest create = new CreateSecretRequest();
        create.setSecretName(NAME);
        create.setVersionId("v1");
        create.setSecretData(DATA);
        return create;
    }

    @Test
    void classicSdkCreatesAndReadsTheDocumentedExampleInJson() throws Exception {
        CreateSecretResponse created = node.clients().classic(classicCreate());
        assertThat(created.getSecretName()).isEqualTo(NAME);
        assertThat(created.getVersionId()).isEqualTo("v1");
        assertThat(created.getSecretType()).isEqualTo("Generic");
        assertThat(created.getArn()).matches("acs:kms:cn-hangzhou:[0-9]{16}:secret/mydbconninfo");
        assertThat(created.getRequestId()).isNotBlank();

        GetSecretValueRequest get = new GetSecretValueRequest();
        get.setSecretName(NAME);
        GetSecretValueResponse read = node.clients().classic(get);
        assertThat(read.getSecretData()).isEqualTo(DATA);
        assertThat(read.getSecretDataType()).isEqualTo("text");
        assertThat(read.getVersionId()).isEqualTo("v1");
        assertThat(read.getVersionStages()).containsExactly("ACSCurrent");
        assertThat(read.getCreateTime()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    }

    @Test
    void classicSdkCreatesAndReadsTheDocumentedExampleInXml() throws Exception {
        CreateSecretResponse created = node.clients().classicXml(classicCreate());
        assertThat(created.getSecretName()).isEqualTo(NAME);
        assertThat(created.getVersionId()).isEqualTo("v1");

        GetSecretValueRequest get = new GetSecretValueRequest();
        get.setSecretName(NAME);
        get.setVersionStage("ACSCurrent");
        GetSecretValueResponse read = node.clients().classicXml(get);
        assertThat(read.getSecretData()).isEqualTo(DATA);
        assertThat(read.getSecretName()).isEqualTo(NAME);
        assertThat(read.getVersionStages()).containsExactly("ACSCurrent");
    }

    @Test
    void classicSdkReadsOverHttps() throws Exception {
        node.clients().classicHttps(classicCreate());
        GetSecretValueRequest get = new GetSecretValueRequest();
        get.setSecretName(NAME);
        assertThat(node.clients().classicHttps(get).getSecretData()).isEqualTo(DATA);
    }

    @Test
    void teaSdkWithDefaultAcs3SigningCreatesAndReadsTheDocumentedExample() throws Exception {
        var tea = node.clients().tea();
        var created = tea.createSecret(new com.aliyun.kms20160120.models.CreateSecretRequest()
                .setSecretName(NAME).setVersionId("v1").setSecretData(DATA)).getBody();
        assertThat(created.getSecretName()).isEqualTo(NAME);
        assertThat(created.getVersionId()).isEqualTo("v1");
        assertThat(created.getArn()).endsWith(":secret/" + NAME);

        var read = tea.getSecretValue(new com.aliyun.kms20160120.models.GetSecretValueRequest()
                .setSecretName(NAME)).getBody();
        assertThat(read.getSecretData()).isEqualTo(DATA);
        assertThat(read.getVersionId()).isEqualTo("v1");
        assertThat(read.getVersionStages().getVersionStage()).containsExactly("ACSCurrent");
        assertThat(read.getSecretType()).isEqualTo("Generic");
    }

    @Test
    void teaSdkInV2ModeCreatesWithAnEmptyDescriptionAndReads() throws Exception {
        var tea = node.clients().teaV2();
        tea.createSecretWithOptions(new com.aliyun.kms20160120.models.CreateSecretRequest()
                .setSecretName(NAME).setVersionId("v1").setSecretData(DATA).setDescription(""), new RuntimeOptions());
        var read = tea.getSecretValue(new com.aliyun.kms20160120.models.GetSecretValueRequest()
                .setSecretName(NAME)).getBody();
        assertThat(read.getSecretData()).isEqualTo(DATA);
    }

    @Test
    @Order(Integer.MAX_VALUE) // closing the caching client shuts down the classic SDK's shared connection pool
    void cachingClientReadsTheDocumentedExampleOverHttps() throws Exception {
        node.clients().classicHttps(classicCreate());
        try (SecretCacheClient cache = node.clients().cachingClient()) {
            SecretInfo info = cache.getSecretInfo(NAME);
            assertThat(info.getSecretValue()).isEqualTo(DATA);
            assertThat(info.getSecretName()).isEqualTo(NAME);
            assertThat(info.getVersionId()).isEqualTo("v1");
            assertThat(info.getSecretDataType()).isEqualTo("text");
            assertThat(cache.getStringValue(NAME)).isEqualTo(DATA);
        }
    }

    @Test
    void nonAsciiAndSpecialCharactersSurviveBothSdksByteForByte() throws Exception {
        String value = "a<b>&c=é中 \"quoted\" \\ back/slash +*~%";
        CreateSecretRequest create = classicCreate();
        create.setSecretData(value);
        node.clients().classic(create);
        GetSecretValueRequest get = new GetSecretValueRequest();
        get.setSecretName(NAME);
        assertThat(node.clients().classic(get).getSecretData()).isEqualTo(value);
        assertThat(node.clients().classicXml(get).getSecretData()).isEqualTo(value);
        assertThat(node.clients().tea().getSecretValue(new com.aliyun.kms20160120.models.GetSecretValueRequest()
                .setSecretName(NAME)).getBody().getSecretData()).isEqualTo(value);
    }
}
