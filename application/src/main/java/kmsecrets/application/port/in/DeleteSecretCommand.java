package kmsecrets.application.port.in;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.RecoveryWindow;

/** DeleteSecret: schedule deletion after a recovery window, or delete at once (never both). */
public record DeleteSecretCommand(@NotNull Caller caller, @NotNull String nameOrArn, boolean force,
                                  @NotNull Optional<RecoveryWindow> window) {
    public DeleteSecretCommand(Caller caller, String nameOrArn, boolean force, Optional<RecoveryWindow> window) {
        this.caller = caller;
        this.nameOrArn = nameOrArn;
        this.force = force;
        this.window = window;
        CommandValidation.check(this);
    }

    @AssertTrue(message = "RecoveryWindowInDays cannot be combined with ForceDeleteWithoutRecovery=true")
    boolean isWindowOnlyWhenScheduled() {
        return !force || window == null || window.isEmpty();
    }
}
