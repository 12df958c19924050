package kmsecrets.adapter.persistence;

/**
 * The batches a group-commit writer has written since start (see {@link GroupCommit}), for the metrics: their
 * number, their rows, and the nanoseconds their statements and commits took in total.
 */
public record WriteStats(long batches, long rows, long nanos) {
}
