package kmsecrets.application.port.in;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Optional;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.rotation.RotationInterval;
import kmsecrets.domain.secret.RecoveryWindow;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.VersionId;
import org.junit.jupiter.api.Test;

/** Commands refuse a bad shape when built, with the real Validator. */
class CommandShapeTest {
    private static final Caller ROOT = new Caller(new AccountId("1234567890123456"), "root", "LTAIroot", true);

    private static CreateSecretCommand create(SecretValue value, SecretDataType type, String description,
                                              boolean rotate, Optional<RotationInterval> interval) {
        return new CreateSecretCommand(ROOT, "n", new VersionId("v1"), value, type, Optional.empty(),
                description, List.of(), Optional.of("Generic"), Optional.empty(), rotate, interval);
    }

    @Test
    void aWellFormedCreateCommandBuilds() {
        assertThatCode(() -> create(SecretValue.ofText("x".repeat(SecretValue.MAX_BYTES)), SecretDataType.TEXT,
                "d".repeat(1024), false, Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    void valuesAreOneTo30720Bytes() {
        assertThatThrownBy(() -> create(SecretValue.ofText(""), SecretDataType.TEXT, "", false, Optional.empty()))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("SecretData");
        assertThatThrownBy(() -> create(SecretValue.ofText("é".repeat(15_361)), SecretDataType.TEXT, "", false,
                Optional.empty())).isInstanceOf(ConstraintViolationException.class).hasMessageContaining("30720");
    }

    @Test
    void descriptionsAreAtMost1024Characters() {
        assertThatThrownBy(() -> create(SecretValue.ofText("x"), SecretDataType.TEXT, "d".repeat(1025), false,
                Optional.empty())).isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Description");
    }

    @Test
    void binaryValuesAreBase64() {
        assertThatCode(() -> create(SecretValue.ofText("aGVsbG8="), SecretDataType.BINARY, "", false, Optional.empty()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> create(SecretValue.ofText("hello!"), SecretDataType.BINARY, "", false,
                Optional.empty())).isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Base64");
    }

    @Test
    void rotationNeedsAnInterval() {
        assertThatThrownBy(() -> create(SecretValue.ofText("x"), SecretDataType.TEXT, "", true, Optional.empty()))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("RotationInterval");
    }

    @Test
    void forcedDeletionTakesNoWindow() {
        assertThatThrownBy(() -> new DeleteSecretCommand(ROOT, "n", true, Optional.of(new RecoveryWindow(7))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("RecoveryWindowInDays");
        assertThatCode(() -> new DeleteSecretCommand(ROOT, "n", true, Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> new GetSecretValueQuery(ROOT, null, Optional.empty(), Optional.empty()))
                .isInstanceOf(ConstraintViolationException.class);
    }
}
