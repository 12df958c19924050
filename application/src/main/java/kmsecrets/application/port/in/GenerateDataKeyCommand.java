package kmsecrets.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import kmsecrets.domain.access.Caller;

/**
 * GenerateDataKey and GenerateDataKeyWithoutPlaintext: a fresh data key of 1 to 1024 bytes, returned encrypted under
 * the named key and, when {@code withPlaintext}, also in the clear.
 */
public record GenerateDataKeyCommand(@NotNull Caller caller, @NotNull String keyIdOrArn,
        @Min(value = 1, message = "NumberOfBytes must lie between 1 and 1024")
        @Max(value = 1024, message = "NumberOfBytes must lie between 1 and 1024") int numberOfBytes,
        @NotNull Map<String, String> context, boolean withPlaintext) {
    public GenerateDataKeyCommand(Caller caller, String keyIdOrArn, int numberOfBytes, Map<String, String> context,
                                  boolean withPlaintext) {
        this.caller = caller;
        this.keyIdOrArn = keyIdOrArn;
        this.numberOfBytes = numberOfBytes;
        this.context = context == null ? null : Map.copyOf(context);
        this.withPlaintext = withPlaintext;
        CommandValidation.check(this);
    }
}
