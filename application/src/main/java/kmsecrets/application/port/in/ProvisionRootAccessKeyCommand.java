package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import kmsecrets.application.port.in.ProvisionRootAccessKeyUseCase.ConfiguredKey;
import kmsecrets.domain.account.AccountId;

/** At start-up: the account, and the root access key the configuration names, if it names one. */
public record ProvisionRootAccessKeyCommand(@NotNull AccountId account, @NotNull Optional<ConfiguredKey> configured) {
    public ProvisionRootAccessKeyCommand(AccountId account, Optional<ConfiguredKey> configured) {
        this.account = account;
        this.configured = configured;
        CommandValidation.check(this);
    }
}
