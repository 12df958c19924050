package kmsecrets.application.port.in;

import jakarta.validation.constraints.AssertTrue;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretValue;

/** The SecretData rules CreateSecret and PutSecretValue share, checked with the rest of the command's constraints. */
public interface CarriesSecretData {
    SecretValue value();

    SecretDataType dataType();

    @AssertTrue(message = "SecretData must hold 1 to 30720 bytes")
    default boolean isValueWithinLimits() {
        return value() == null || (!value().isEmpty() && value().length() <= SecretValue.MAX_BYTES);
    }

    @AssertTrue(message = "SecretData must be Base64 text when SecretDataType is binary")
    default boolean isBinaryValueBase64() {
        return value() == null || dataType() != SecretDataType.BINARY || Base64Text.isBase64(value());
    }
}
