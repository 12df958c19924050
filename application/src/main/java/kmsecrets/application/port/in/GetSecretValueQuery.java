package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.VersionId;

/** GetSecretValue: which secret (name or ARN) and which version, by id and/or stage label. */
public record GetSecretValueQuery(@NotNull Caller caller, @NotNull String nameOrArn,
                                  @NotNull Optional<VersionId> versionId, @NotNull Optional<StageLabel> stage) {
    public GetSecretValueQuery(Caller caller, String nameOrArn, Optional<VersionId> versionId,
                               Optional<StageLabel> stage) {
        this.caller = caller;
        this.nameOrArn = nameOrArn;
        this.versionId = versionId;
        this.stage = stage;
        CommandValidation.check(this);
    }
}
