package kmsecrets.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Settings that cannot work stop the start in one line naming the variable; no secret setting is ever shown.
 */
class ConfigTest {

    @Test
    void aMalformedNumberNamesItsVariable() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("KMS_HTTP_PORT", "eighty")))
                .isInstanceOf(StartupFailure.class).hasMessage("KMS_HTTP_PORT must be an integer, not \"eighty\"");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("KMS_AUDIT_RETENTION_DAYS", "0")))
                .isInstanceOf(StartupFailure.class).hasMessageStartingWith("KMS_AUDIT_RETENTION_DAYS must be");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("KMS_AUDIT_RETENTION_DAYS", "a week")))
                .isInstanceOf(StartupFailure.class).hasMessageStartingWith("KMS_AUDIT_RETENTION_DAYS must be");
    }

    @Test
    void retentionIsForeverUnlessSet() {
        assertThat(Config.fromEnvironment(Map.of()).auditRetentionDays()).isEmpty();
        assertThat(Config.fromEnvironment(Map.of("KMS_AUDIT_RETENTION_DAYS", "90")).auditRetentionDays())
                .isEqualTo(Optional.of(90));
    }

    @Test
    void anInlineMasterKeyWinsAndIsNeverShown() {
        String key = "c2VjcmV0LW1hc3Rlci1rZXktbWF0ZXJpYWwtMzJieXRlcyE=";
        Config config = Config.fromEnvironment(Map.of("KMS_MASTER_KEY", key, "KMS_MASTER_KEY_FILE", "/etc/kms.key",
                "KMS_DB_PASSWORD", "db-canary-password", "KMS_TLS_KEYSTORE_PASSWORD", "tls-canary-password",
                "KMS_ROOT_ACCESS_KEY_ID", "LTAIroot", "KMS_ROOT_ACCESS_KEY_SECRET", "root-canary-secret"));
        assertThat(config.masterKeySource()).isEqualTo("KMS_MASTER_KEY");
        assertThat(config.toString()).contains("LTAIroot").doesNotContain(key, "db-canary-password",
                "tls-canary-password", "root-canary-secret");
        assertThat(Config.fromEnvironment(Map.of("KMS_MASTER_KEY_FILE", "/etc/kms.key")).masterKeySource())
                .isEqualTo("/etc/kms.key");
    }
}
