package kmsecrets.domain.secret.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.ExtendedConfig;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretType;
import kmsecrets.domain.secret.SecretValue;
import org.junit.jupiter.api.Test;

class PolarDbSecretTypeTest extends SecretTypeContract.ManagedContract {
    private static final String MYSQL = "{\"SecretSubType\":\"DoubleUsers\",\"RegionId\":\"cn-hangzhou\","
            + "\"DBClusterId\":\"pc-1\",\"DBType\":\"MySQL\",\"AccountName\":\"app\",\"CloneAccountName\":\"app_clone\","
            + "\"AccountType\":\"Normal\",\"AccountPrivilege\":\"ReadWrite\",\"DBName\":\"orders\"}";
    private static final String POSTGRES = "{\"SecretSubType\":\"DoubleUsers\",\"RegionId\":\"cn-hangzhou\","
            + "\"DBClusterId\":\"pc-2\",\"DBType\":\"PostgreSQL\",\"AccountName\":\"app\","
            + "\"CloneAccountName\":\"app_clone\"}";

    @Override
    protected SecretType type() {
        return new PolarDbSecretType();
    }

    @Override
    protected Optional<ExtendedConfig> validConfig() {
        return Optional.of(config(MYSQL));
    }

    @Override
    protected SecretValue validData() {
        return SecretValue.ofText("$Auto");
    }

    @Test
    void createsBothAccountsWithOneGeneratedPassword() {
        assertThat(initialValues()).extracting(v -> managed().credential(v, documents).account())
                .containsExactly("app", "app_clone");
        assertThat(drawn).hasSize(1);
    }

    @Test
    void theSecretChoosesItsEngineAndMySqlCarriesDatabaseAndPrivilege() {
        assertThat(managed().engine(config(MYSQL))).contains("mysql");
        assertThat(managed().createdAccounts(config(MYSQL))).contains(new AccountSpec("ReadWrite",
                Optional.of("orders")));
        assertThat(managed().engine(config(POSTGRES))).contains("postgresql");
        assertThat(managed().createdAccounts(config(POSTGRES))).contains(AccountSpec.of(""));
        assertThat(managed().targetId(config(POSTGRES))).isEqualTo("pc-2");
    }

    @Test
    void refusesWhatTheDocumentationRefuses() {
        String[][] wrong = {
                {"\"DBType\":\"MySQL\"", "\"DBType\":\"Oracle\"", "DBType"},
                {"\"CloneAccountName\":\"app_clone\"", "\"CloneAccountName\":\"other\"", "_clone"},
                {"\"AccountType\":\"Normal\"", "\"AccountType\":\"Super\"", "Normal"},
                {",\"DBName\":\"orders\"", "", "DBName"},
                {"\"DoubleUsers\"", "\"SingleUser\"", "DoubleUsers"},
        };
        for (String[] w : wrong) {
            assertThatThrownBy(() -> type().readConfig(Optional.of(config(MYSQL.replace(w[0], w[1])))))
                    .as(w[1]).isInstanceOf(InvalidValue.class).hasMessageContaining(w[2]);
        }
        assertThatThrownBy(() -> type().readConfig(Optional.of(config(POSTGRES.replace("}",
                ",\"DBName\":\"x\"}"))))).isInstanceOf(InvalidValue.class).hasMessageContaining("MySQL clusters only");
    }

    @Test
    void takesOnlyAuto() {
        assertThatThrownBy(() -> type().initialValues(SecretValue.ofText("{\"Accounts\":[]}"), SecretDataType.TEXT,
                validConfig(), documents, fresh)).isInstanceOf(InvalidValue.class).hasMessageContaining("$Auto");
    }
}
