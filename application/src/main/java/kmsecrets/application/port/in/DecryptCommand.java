package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import kmsecrets.domain.access.Caller;

/** Decrypt: no key is named; the blob names its key version. */
public record DecryptCommand(@NotNull Caller caller, @NotNull byte[] blob, @NotNull Map<String, String> context) {
    public DecryptCommand(Caller caller, byte[] blob, Map<String, String> context) {
        this.caller = caller;
        this.blob = blob;
        this.context = context == null ? null : Map.copyOf(context);
        CommandValidation.check(this);
    }
}
