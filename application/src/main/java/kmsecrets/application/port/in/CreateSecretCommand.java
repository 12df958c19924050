package kmsecrets.application.port.in;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.rotation.RotationInterval;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.Tag;
import kmsecrets.domain.secret.VersionId;
import kmsecrets.domain.secret.ExtendedConfig;

/**
 * CreateSecret: a new secret and its first version. {@code name} is the SecretName as requested: the type turns it
 * into the secret's name (service-named types take {@code $Auto}). No {@code secretType}: the deployment's default
 * (first registered) type. Tags beyond 20 are a quota matter, checked by
 * the domain.
 */
public record CreateSecretCommand(
        @NotNull Caller caller,
        @NotNull String name,
        @NotNull VersionId versionId,
        @NotNull SecretValue value,
        @NotNull SecretDataType dataType,
        @NotNull Optional<String> encryptionKeyId,
        @NotNull @Size(max = 1024, message = "Description has at most 1024 characters") String description,
        @NotNull List<Tag> tags,
        @NotNull Optional<String> secretType,
        @NotNull Optional<ExtendedConfig> extendedConfig,
        boolean enableAutomaticRotation,
        @NotNull Optional<RotationInterval> rotationInterval) implements CarriesSecretData {

    // Written out in full on purpose: in a compact constructor the fields are assigned only after the body
    // runs, so validating `this` there would see nulls.
    public CreateSecretCommand(Caller caller, String name, VersionId versionId, SecretValue value,
                               SecretDataType dataType, Optional<String> encryptionKeyId, String description,
                               List<Tag> tags, Optional<String> secretType, Optional<ExtendedConfig> extendedConfig,
                               boolean enableAutomaticRotation, Optional<RotationInterval> rotationInterval) {
        this.caller = caller;
        this.name = name;
        this.versionId = versionId;
        this.value = value;
        this.dataType = dataType;
        this.encryptionKeyId = encryptionKeyId;
        this.description = description;
        this.tags = tags == null ? null : List.copyOf(tags);
        this.secretType = secretType;
        this.extendedConfig = extendedConfig;
        this.enableAutomaticRotation = enableAutomaticRotation;
        this.rotationInterval = rotationInterval;
        CommandValidation.check(this);
    }


    @AssertTrue(message = "RotationInterval is required when EnableAutomaticRotation is true")
    boolean isIntervalGivenWhenRotating() {
        return !enableAutomaticRotation || (rotationInterval != null && rotationInterval.isPresent());
    }
}
