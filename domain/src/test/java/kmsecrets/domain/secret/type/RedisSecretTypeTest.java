package kmsecrets.domain.secret.type;

import kmsecrets.domain.secret.SecretType;

import kmsecrets.domain.secret.ExtendedConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretValue;
import org.junit.jupiter.api.Test;

class RedisSecretTypeTest extends SecretTypeContract.ManagedContract {
    private static final String CONFIG = "{\"SecretSubType\":\"DoubleUsers\",\"AccountName\":\"cache\","
            + "\"CloneAccountName\":\"cache_clone\",\"AccountPrivilege\":\"~app:* +@read\","
            + "\"InstanceId\":\"r-1\",\"RegionId\":\"cn-hangzhou\"}";

    @Override
    protected SecretType type() {
        return new RedisSecretType();
    }

    @Override
    protected Optional<ExtendedConfig> validConfig() {
        return Optional.of(config(CONFIG));
    }

    @Override
    protected SecretValue validData() {
        return SecretValue.ofText("$Auto");
    }

    @Test
    void createsBothAccountsWithOneGeneratedPasswordAndThePrivilege() {
        assertThat(initialValues()).extracting(v -> managed().credential(v, documents).account())
                .containsExactly("cache", "cache_clone");
        assertThat(drawn).hasSize(1);
        assertThat(managed().createdAccounts(validConfig().orElseThrow()).map(s -> s.privilege())).contains("~app:* +@read");
    }

    @Test
    void takesOnlyAuto() {
        assertThatThrownBy(() -> type().initialValues(SecretValue.ofText("{\"AccountName\":\"x\"}"),
                SecretDataType.TEXT, validConfig(), documents, fresh)).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("$Auto");
    }

    @Test
    void theCloneIsTheAccountNameWithClone() {
        assertThatThrownBy(() -> type().readConfig(Optional.of(config(CONFIG.replace("cache_clone", "other")))))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("_clone");
    }

    @Test
    void privilegesCannotSetPasswords() {
        for (String rule : new String[] {">secret", "nopass", "resetpass", "#abc", "<x", "off"}) {
            assertThatThrownBy(() -> type().readConfig(Optional.of(config(CONFIG.replace("~app:* +@read",
                    "~* " + rule))))).as(rule).isInstanceOf(InvalidValue.class);
        }
    }

    @Test
    void theDocumentedPrivilegeNamesStandForAclRuleSets() {
        assertThat(managed().createdAccounts(config(CONFIG.replace("~app:* +@read", "RoleReadOnly"))).map(s -> s.privilege()))
                .contains("~* &* +@read -@dangerous");
        assertThat(managed().createdAccounts(config(CONFIG.replace("~app:* +@read", "RoleReadWrite"))).map(s -> s.privilege()))
                .contains("~* &* +@all -@dangerous -@admin");
        assertThatThrownBy(() -> type().readConfig(Optional.of(config(CONFIG.replace("~app:* +@read", " ")))))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("AccountPrivilege");
    }
}
