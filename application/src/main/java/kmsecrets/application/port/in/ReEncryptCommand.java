package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import kmsecrets.domain.access.Caller;

/** ReEncrypt: decrypt inside the service, encrypt under the destination key; the plaintext never leaves. */
public record ReEncryptCommand(@NotNull Caller caller, @NotNull byte[] blob,
                               @NotNull Map<String, String> sourceContext, @NotNull String destinationKeyIdOrArn,
                               @NotNull Map<String, String> destinationContext) {
    public ReEncryptCommand(Caller caller, byte[] blob, Map<String, String> sourceContext,
                            String destinationKeyIdOrArn, Map<String, String> destinationContext) {
        this.caller = caller;
        this.blob = blob;
        this.sourceContext = sourceContext == null ? null : Map.copyOf(sourceContext);
        this.destinationKeyIdOrArn = destinationKeyIdOrArn;
        this.destinationContext = destinationContext == null ? null : Map.copyOf(destinationContext);
        CommandValidation.check(this);
    }
}
