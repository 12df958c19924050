package kmsecrets.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A background job's turn: work through at most {@code size} items, then return so the next turn can start. */
public record BatchCommand(@Min(1) @Max(10_000) int size) {
    public BatchCommand(int size) {
        this.size = size;
        CommandValidation.check(this);
    }
}
