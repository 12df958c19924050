package kmsecrets.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/** A batch of up to {@code size} blobs after {@code cursor} (from the first when empty). */
public record RewrapBlobsCommand(@NotNull Optional<RewrapBatch.Cursor> cursor, @Min(1) @Max(10_000) int size) {
    public RewrapBlobsCommand(Optional<RewrapBatch.Cursor> cursor, int size) {
        this.cursor = cursor;
        this.size = size;
        CommandValidation.check(this);
    }
}
