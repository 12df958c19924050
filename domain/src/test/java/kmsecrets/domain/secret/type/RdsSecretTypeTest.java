package kmsecrets.domain.secret.type;

import kmsecrets.domain.secret.SecretType;

import kmsecrets.domain.secret.ExtendedConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RdsSecretTypeTest {
    @Nested
    class SingleUser extends SecretTypeContract.ManagedContract {
        @Override
        protected SecretType type() {
            return new RdsSecretType();
        }

        @Override
        protected Optional<ExtendedConfig> validConfig() {
            return Optional.of(config("{\"SecretSubType\":\"SingleUser\",\"DBInstanceId\":\"pg-1\","
                    + "\"CustomData\":{\"DBName\":\"app\"}}"));
        }

        @Override
        protected SecretValue validData() {
            return SecretValue.ofText("{\"Accounts\":[{\"AccountName\":\"app\",\"AccountPassword\":\"pw\"}]}");
        }

        @Test
        void acceptsTheFlatObjectTooAndNeverGeneratesPasswords() {
            assertThat(type().initialValues(SecretValue.ofText("{\"AccountName\":\"app\",\"AccountPassword\":\"pw\"}"),
                    SecretDataType.TEXT, validConfig(), documents, fresh)).hasSize(1);
            assertThat(drawn).isEmpty();
            assertThat(managed().createdAccounts(validConfig().orElseThrow())).isEmpty();
            assertThat(managed().rotatedStage(validConfig().orElseThrow())).isEqualTo(StageLabel.CURRENT);
        }

        @Test
        void needsExactlyOneAccount() {
            assertThatThrownBy(() -> type().initialValues(SecretValue.ofText("{\"Accounts\":[{\"AccountName\":\"a\","
                    + "\"AccountPassword\":\"p\"},{\"AccountName\":\"b\",\"AccountPassword\":\"p\"}]}"),
                    SecretDataType.TEXT, validConfig(), documents, fresh)).isInstanceOf(InvalidValue.class);
        }
    }

    @Nested
    class DoubleUsers extends SecretTypeContract.ManagedContract {
        @Override
        protected SecretType type() {
            return new RdsSecretType();
        }

        @Override
        protected Optional<ExtendedConfig> validConfig() {
            return Optional.of(config("{\"SecretSubType\":\"DoubleUsers\",\"DBInstanceId\":\"pg-1\"}"));
        }

        @Override
        protected SecretValue validData() {
            return SecretValue.ofText("{\"Accounts\":[{\"AccountName\":\"app\",\"AccountPassword\":\"p1\"},"
                    + "{\"AccountName\":\"app_clone\",\"AccountPassword\":\"p2\"}]}");
        }

        @Test
        void refusesTheSameAccountTwice() {
            assertThatThrownBy(() -> type().initialValues(SecretValue.ofText("{\"Accounts\":[{\"AccountName\":\"a\","
                    + "\"AccountPassword\":\"p\"},{\"AccountName\":\"a\",\"AccountPassword\":\"q\"}]}"),
                    SecretDataType.TEXT, validConfig(), documents, fresh)).isInstanceOf(InvalidValue.class);
        }
    }
}
