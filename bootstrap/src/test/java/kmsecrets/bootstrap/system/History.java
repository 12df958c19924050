package kmsecrets.bootstrap.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every request a workload made and what came of it, with the invocation and completion times on one monotonic
 * clock, for a checker to judge afterwards (in the manner of Jepsen histories: an operation whose reply never came
 * is {@link Outcome#UNKNOWN}, it may or may not have taken effect).
 */
final class History {
    enum Kind { CREATE, PUT, GET_VERSION, GET_CURRENT, MOVE_CURRENT, TAG, UNTAG, DELETE, RESTORE }

    enum Outcome { OK, FAILED, UNKNOWN }

    /**
     * One request. {@code version} is the VersionId written, read or moved to; {@code value} the value written or
     * read back; {@code tagKey}/{@code tagValue} the tag; {@code status}/{@code code} the error reply, if any.
     */
    record Op(int thread, int node, Kind kind, String secret, String version, String value, String tagKey,
              String tagValue, long invoked, long completed, Outcome outcome, int status, String code) {

        boolean mayHaveHappened() {
            return outcome != Outcome.FAILED;
        }
    }

    private final ConcurrentLinkedQueue<Op> ops = new ConcurrentLinkedQueue<>();

    void add(Op op) {
        ops.add(op);
    }

    List<Op> ops() {
        return new ArrayList<>(ops);
    }

    long count(Outcome outcome) {
        return ops.stream().filter(op -> op.outcome() == outcome).count();
    }

    Optional<Op> any(java.util.function.Predicate<Op> which) {
        return ops.stream().filter(which).findFirst();
    }
}
