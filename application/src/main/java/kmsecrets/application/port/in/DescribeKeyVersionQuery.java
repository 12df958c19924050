package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;

/** DescribeKeyVersion: a version of the named key. */
public record DescribeKeyVersionQuery(@NotNull Caller caller, @NotNull String keyIdOrArn,
                                      @NotNull String keyVersionId) {
    public DescribeKeyVersionQuery(Caller caller, String keyIdOrArn, String keyVersionId) {
        this.caller = caller;
        this.keyIdOrArn = keyIdOrArn;
        this.keyVersionId = keyVersionId;
        CommandValidation.check(this);
    }
}
