package kmsecrets.application.port.in;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import kmsecrets.domain.access.Caller;

/** UpdateRotationPolicy: turns a key's automatic rotation on (with an interval, 7d to 730d) or off. */
public record UpdateRotationPolicyCommand(@NotNull Caller caller, @NotNull String keyId, boolean enable,
                                          @NotNull Optional<String> interval) implements NamesKeyById {
    public UpdateRotationPolicyCommand(Caller caller, String keyId, boolean enable, Optional<String> interval) {
        this.caller = caller;
        this.keyId = keyId;
        this.enable = enable;
        this.interval = interval;
        CommandValidation.check(this);
    }

    @AssertTrue(message = "RotationInterval is required when EnableAutomaticRotation is true")
    boolean isIntervalGivenWhenEnabled() {
        return !enable || interval == null || interval.isPresent();
    }
}
