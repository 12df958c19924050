package kmsecrets.application.port.in;

import jakarta.validation.constraints.NotNull;
import kmsecrets.domain.access.Caller;

/** DescribeRegions takes nothing but its caller. */
public record DescribeRegionsQuery(@NotNull Caller caller) {
    public DescribeRegionsQuery(Caller caller) {
        this.caller = caller;
        CommandValidation.check(this);
    }
}
