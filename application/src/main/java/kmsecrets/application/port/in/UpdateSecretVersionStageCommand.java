package kmsecrets.application.port.in;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.VersionId;

/** UpdateSecretVersionStage: remove a label from a version and/or move it to another. */
public record UpdateSecretVersionStageCommand(@NotNull Caller caller, @NotNull String nameOrArn,
                                              @NotNull StageLabel stage, @NotNull Optional<VersionId> removeFrom,
                                              @NotNull Optional<VersionId> moveTo) {
    public UpdateSecretVersionStageCommand(Caller caller, String nameOrArn, StageLabel stage,
                                           Optional<VersionId> removeFrom, Optional<VersionId> moveTo) {
        this.caller = caller;
        this.nameOrArn = nameOrArn;
        this.stage = stage;
        this.removeFrom = removeFrom;
        this.moveTo = moveTo;
        CommandValidation.check(this);
    }

    @AssertTrue(message = "RemoveFromVersion or MoveToVersion is required")
    boolean isSomethingToDo() {
        return removeFrom == null || moveTo == null || removeFrom.isPresent() || moveTo.isPresent();
    }
}
