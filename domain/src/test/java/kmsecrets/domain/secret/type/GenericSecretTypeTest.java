package kmsecrets.domain.secret.type;

import kmsecrets.domain.secret.SecretType;

import kmsecrets.domain.secret.ExtendedConfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import kmsecrets.domain.secret.SecretValue;
import org.junit.jupiter.api.Test;

class GenericSecretTypeTest extends SecretTypeContract {
    @Override
    protected SecretType type() {
        return new GenericSecretType();
    }

    @Override
    protected Optional<ExtendedConfig> validConfig() {
        return Optional.empty();
    }

    @Override
    protected SecretValue validData() {
        return SecretValue.ofText("{\"any\":\"value\"}");
    }

    @Test
    void keepsTheValueAsGivenAndIgnoresExtendedConfig() {
        assertThat(initialValues()).extracting(SecretValue::asText).containsExactly("{\"any\":\"value\"}");
        assertThat(type().readConfig(Optional.of(config("{\"SecretSubType\":\"x\"}")))).isEmpty();
        assertThat(type().managed()).isFalse();
    }
}
