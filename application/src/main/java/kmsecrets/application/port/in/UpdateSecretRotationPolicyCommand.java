package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.rotation.RotationInterval;

/** UpdateSecretRotationPolicy: automatic rotation on with an interval, or off (empty interval). */
public record UpdateSecretRotationPolicyCommand(@NotNull Caller caller, @NotNull String nameOrArn,
                                                @NotNull Optional<RotationInterval> interval) {
    public UpdateSecretRotationPolicyCommand(Caller caller, String nameOrArn, Optional<RotationInterval> interval) {
        this.caller = caller;
        this.nameOrArn = nameOrArn;
        this.interval = interval;
        CommandValidation.check(this);
    }
}
