package kmsecrets.domain.secret.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.AccessKeyPair;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretType;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;
import org.junit.jupiter.api.Test;

class RamCredentialsSecretTypeTest extends SecretTypeContract.ManagedContract {
    private static final String CONFIG = "{\"SecretSubType\":\"RamUserAccessKey\",\"UserName\":\"app-reader\"}";
    private static final String TWO_PAIRS = "{\"AccessKeys\":[{\"AccessKeyId\":\"LTAInew\",\"AccessKeySecret\":\"s-new\"},"
            + "{\"AccessKeyId\":\"LTAIold\",\"AccessKeySecret\":\"s-old\"}]}";

    @Override
    protected SecretType type() {
        return new RamCredentialsSecretType();
    }

    @Override
    protected Optional<ExtendedConfig> validConfig() {
        return Optional.of(config(CONFIG));
    }

    @Override
    protected SecretValue validData() {
        return SecretValue.ofText(TWO_PAIRS);
    }

    @Override
    protected String validRequestedName() {
        return "$Auto";
    }

    @Override
    protected boolean serviceNamed() {
        return true;
    }

    @Override
    protected Credential freshCredential(String account, int serial) {
        return new AccessKeyPair(account, "LTAIfresh" + serial, "secret-" + serial, Optional.of(Instant.EPOCH));
    }

    @Override
    protected String secretMaterial(SecretValue value) {
        return ((AccessKeyPair) managed().credential(value, documents)).accessKeySecret();
    }

    @Test
    void isNamedAfterTheUser() {
        assertThat(type().nameFor("$Auto", validConfig()).value()).isEqualTo("acs/ram/user/app-reader");
        assertThatThrownBy(() -> type().nameFor("acs/ram/user/app-reader", validConfig()))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("$Auto");
    }

    @Test
    void theFirstPairIsCurrentTheSecondPreviousAndRotationReplacesThePrevious() {
        assertThat(initialValues()).extracting(v -> ((AccessKeyPair) managed().credential(v, documents)).accessKeyId())
                .containsExactly("LTAInew", "LTAIold");
        assertThat(managed().rotatedStage(config(CONFIG))).isEqualTo(StageLabel.PREVIOUS);
        assertThat(managed().createdAccounts(config(CONFIG))).isEmpty();
        assertThat(managed().targetId(config(CONFIG))).isEqualTo("app-reader");
    }

    @Test
    void aVersionReadsAsTheDocumentedFlatObject() {
        SecretValue value = managed().value(new AccessKeyPair("app-reader", "LTAIx", "sx",
                Optional.of(Instant.parse("2023-03-25T10:42:40.123Z"))), documents);
        assertThat(documents.parse(value.asText()).orElseThrow()).isEqualTo(Map.of("AccessKeyId", "LTAIx",
                "AccessKeySecret", "sx", "GenerateTimestamp", "2023-03-25T10:42:40Z", "UserName", "app-reader"));
    }

    @Test
    void refusesOtherShapes() {
        for (String data : new String[] {"$Auto", "{\"AccessKeys\":[]}", "{\"AccessKeyId\":\"a\"}",
                "{\"AccessKeys\":[{\"AccessKeyId\":\"a\"}]}", TWO_PAIRS.replace("]}", ",{\"AccessKeyId\":\"c\","
                + "\"AccessKeySecret\":\"d\"}]}"), TWO_PAIRS.replace("LTAIold", "LTAInew").replace("s-old", "s-new")}) {
            assertThatThrownBy(() -> type().initialValues(SecretValue.ofText(data), SecretDataType.TEXT,
                    validConfig(), documents, fresh)).as(data).isInstanceOf(InvalidValue.class);
        }
        assertThatThrownBy(() -> type().readConfig(Optional.of(config(CONFIG.replace("RamUserAccessKey", "Other")))))
                .isInstanceOf(InvalidValue.class);
    }
}
