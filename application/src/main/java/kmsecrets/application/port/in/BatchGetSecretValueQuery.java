package kmsecrets.application.port.in;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.StageLabel;
import kmsecrets.domain.secret.VersionId;

/** BatchGetSecretValue: 1 to 20 different secrets, each selected as in GetSecretValue. */
public record BatchGetSecretValueQuery(@NotNull Caller caller,
                                       @NotNull @Size(min = 1, max = 20, message = "SecretsList holds 1 to 20 secrets") List<Entry> entries) {
    public BatchGetSecretValueQuery(Caller caller, List<Entry> entries) {
        this.caller = caller;
        this.entries = entries == null ? null : List.copyOf(entries);
        CommandValidation.check(this);
    }

    @AssertTrue(message = "SecretsList names each secret once")
    boolean isEachSecretOnce() {
        return entries == null || entries.stream().map(Entry::nameOrArn).distinct().count() == entries.size();
    }

    /** One requested secret. */
    public record Entry(String nameOrArn, Optional<VersionId> versionId, Optional<StageLabel> stage,
                        boolean fetchExtendedConfig) {
    }
}
