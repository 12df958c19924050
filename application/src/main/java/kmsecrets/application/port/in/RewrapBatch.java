package kmsecrets.application.port.in;

import java.util.Optional;

/**
 * One batch's outcome: blobs read, re-wrapped, and left alone because they changed meanwhile (the next pass takes
 * them); where the next batch starts, or none when this one reached the end.
 */
public record RewrapBatch(int read, int rewrapped, int changedMeanwhile, Optional<Cursor> next) {
    /** The last blob of a batch: what it protects, and its row. */
    public record Cursor(String kind, String rowId) {
    }
}
