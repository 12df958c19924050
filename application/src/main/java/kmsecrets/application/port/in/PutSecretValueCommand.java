package kmsecrets.application.port.in;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.SecretDataType;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.VersionId;

/** PutSecretValue: a new version of a Generic secret, labelled ACSCurrent unless other labels are given. */
public record PutSecretValueCommand(@NotNull Caller caller, @NotNull String nameOrArn, @NotNull VersionId versionId,
                                    @NotNull SecretValue value, @NotNull SecretDataType dataType,
                                    @NotNull Set<StageLabel> stages) implements CarriesSecretData {
    public PutSecretValueCommand(Caller caller, String nameOrArn, VersionId versionId, SecretValue value,
                                 SecretDataType dataType, Set<StageLabel> stages) {
        this.caller = caller;
        this.nameOrArn = nameOrArn;
        this.versionId = versionId;
        this.value = value;
        this.dataType = dataType;
        this.stages = stages == null ? null : Set.copyOf(stages);
        CommandValidation.check(this);
    }

}
