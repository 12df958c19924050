package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import kmsecrets.domain.access.Caller;

/** Encrypt: up to 6 KiB of plaintext under the named key's primary version, bound to an encryption context. */
public record EncryptCommand(@NotNull Caller caller, @NotNull String keyIdOrArn,
        @NotNull @Size(min = 1, max = EncryptCommand.MAX_PLAINTEXT,
                message = "Plaintext holds 1 to 6144 bytes once Base64-decoded") byte[] plaintext,
        @NotNull Map<String, String> context) {
    /** Largest Plaintext Encrypt accepts. */
    public static final int MAX_PLAINTEXT = 6_144;

    public EncryptCommand(Caller caller, String keyIdOrArn, byte[] plaintext, Map<String, String> context) {
        this.caller = caller;
        this.keyIdOrArn = keyIdOrArn;
        this.plaintext = plaintext;
        this.context = context == null ? null : Map.copyOf(context);
        CommandValidation.check(this);
    }

    @Override
    public String toString() {
        return "EncryptCommand[" + keyIdOrArn + ", redacted]";
    }
}
