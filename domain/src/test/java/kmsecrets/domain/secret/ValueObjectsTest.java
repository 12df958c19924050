package kmsecrets.domain.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kmsecrets.domain.error.InvalidValue;
import org.junit.jupiter.api.Test;

class ValueObjectsTest {
    @Test
    void secretNamesAllowTheDocumentedCharactersUpTo192() {
        assertThat(new SecretName("RdsSecret/Mysql5.4/My_Cred+=.@-").value()).contains("/");
        assertThat(new SecretName("n".repeat(192)).value()).hasSize(192);
        assertThatThrownBy(() -> new SecretName("n".repeat(193))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new SecretName("")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new SecretName("with space")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void versionIdsAreOneTo64Characters() {
        assertThat(new VersionId("v".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new VersionId("v".repeat(65))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new VersionId("")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void secretValuesNeverPrintAndCopyTheirBytes() {
        byte[] bytes = "hunter2".getBytes();
        SecretValue value = SecretValue.of(bytes);
        bytes[0] = 'X';
        assertThat(value.asText()).isEqualTo("hunter2");
        value.bytes()[0] = 'Y';
        assertThat(value.asText()).isEqualTo("hunter2");
        assertThat(value.toString()).isEqualTo("[redacted]");
        assertThat(new SecretVersion(new VersionId("v1"), SecretDataType.TEXT,
                new SealedValue("key-1", "key-1-v1", "hunter2".getBytes()), java.time.Instant.EPOCH).toString())
                .doesNotContain("hunter2");
    }

    @Test
    void dataTypesParseInAnyCase() {
        assertThat(SecretDataType.parse("TEXT")).isEqualTo(SecretDataType.TEXT);
        assertThat(SecretDataType.parse("Binary")).isEqualTo(SecretDataType.BINARY);
        assertThatThrownBy(() -> SecretDataType.parse("yaml")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void recoveryWindowsAreSevenToThirtyDays() {
        assertThat(new RecoveryWindow(7).days()).isEqualTo(7);
        assertThat(new RecoveryWindow(30).days()).isEqualTo(30);
        assertThatThrownBy(() -> new RecoveryWindow(6)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new RecoveryWindow(31)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void tagsFollowTheDocumentedAlphabet() {
        assertThat(new Tag("a/b\\c_d-e.f+g=h:i@j", "").value()).isEmpty();
        assertThatThrownBy(() -> new Tag("aliyun-x", "v")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Tag("k", "v".repeat(129))).isInstanceOf(InvalidValue.class);
    }
}
