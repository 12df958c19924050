package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.VersionId;

/** RotateSecret: a new credential now, stored under {@code versionId} (also the idempotency token). */
public record RotateSecretCommand(@NotNull Caller caller, @NotNull String nameOrArn, @NotNull VersionId versionId) {
    public RotateSecretCommand(Caller caller, String nameOrArn, VersionId versionId) {
        this.caller = caller;
        this.nameOrArn = nameOrArn;
        this.versionId = versionId;
        CommandValidation.check(this);
    }
}
