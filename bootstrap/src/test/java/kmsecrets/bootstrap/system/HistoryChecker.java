package kmsecrets.bootstrap.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kmsecrets.bootstrap.system.History.Kind;
import kmsecrets.bootstrap.system.History.Op;
import kmsecrets.bootstrap.system.History.Outcome;

/**
 * Judges a {@link History} of {@link SecretsWorkload} against what the API promises, with the final state read
 * back. Each finding is a sentence; none means the history is consistent. The rules:
 * <ul>
 * <li>an acknowledged version that the 10-version rule cannot have purged is readable by VersionId, with exactly
 * its value, at the end and in every read invoked after its acknowledgement (a purge needs 11 versions of which
 * the older ones are all labelled: with two built-in labels in use, 7 versions must have been written after it;
 * "after" is judged conservatively, counting every write that may have taken effect and ended after it began);</li>
 * <li>every stored version was written by some request, with the value that request sent;</li>
 * <li>each secret has exactly one ACSCurrent and at most one ACSPrevious, and ACSCurrent is on the version of a
 * write or move that no acknowledged write or move of ACSCurrent began after it had ended;</li>
 * <li>every tag whose last change was acknowledged is there (tag) or not (untag);</li>
 * <li>an acknowledged CreateSecret's secret exists with its first value; an unknown one exists whole or not at all;</li>
 * <li>no request was answered 5xx (when the caller asks for that).</li>
 * </ul>
 */
final class HistoryChecker {
    /** Versions that must have been written after a version before the 10-version rule can purge it. */
    static final int WRITES_BEFORE_A_PURGE = 7;

    /** A secret as read at the end: stage labels per version, values per version, tags. */
    record Stored(Map<String, List<String>> stages, Map<String, String> values, Map<String, String> tags) {
    }

    private final List<Op> ops;
    private final Map<String, Stored> stored;
    private final List<String> findings = new ArrayList<>();
    private int versionsChecked;
    private int readsChecked;
    private int tagsChecked;

    HistoryChecker(History history, Map<String, Stored> stored) {
        this.ops = history.ops();
        this.stored = stored;
    }

    List<String> check(boolean no5xx) {
        Map<String, List<Op>> bySecret = ops.stream().collect(Collectors.groupingBy(Op::secret));
        bySecret.forEach(this::checkSecret);
        if (no5xx) {
            ops.stream().filter(op -> op.status() >= 500).limit(10).forEach(op ->
                    findings.add(op.kind() + " on " + op.secret() + " was answered " + op.status() + " " + op.code()));
        }
        return findings;
    }

    String summary() {
        return ops.size() + " operations (" + count(Outcome.OK) + " acknowledged, " + count(Outcome.FAILED)
                + " refused, " + count(Outcome.UNKNOWN) + " unknown); " + versionsChecked
                + " acknowledged versions checked at the end, " + readsChecked + " reads by VersionId checked, "
                + tagsChecked + " tags checked; " + findings.size() + " findings";
    }

    /** How many replies of each error code, for the log. */
    String refusals() {
        return ops.stream().filter(op -> op.outcome() != Outcome.OK)
                .collect(Collectors.groupingBy(op -> op.kind() + ":" + op.status() + ":" + op.code(),
                        java.util.TreeMap::new, Collectors.counting())).toString();
    }

    private long count(Outcome outcome) {
        return ops.stream().filter(op -> op.outcome() == outcome).count();
    }

    private void checkSecret(String secret, List<Op> history) {
        List<Op> writes = history.stream().filter(op -> op.kind() == Kind.PUT || op.kind() == Kind.CREATE)
                .toList();
        Stored now = stored.get(secret);
        boolean createdForSure = writes.stream().anyMatch(op -> op.kind() == Kind.CREATE
                && op.outcome() == Outcome.OK);
        if (now == null) {
            if (createdForSure) {
                findings.add(secret + ": acknowledged as created, but it does not exist");
            }
            return;
        }
        Map<String, Op> writeOf = new HashMap<>();
        for (Op w : writes) {
            if (w.mayHaveHappened()) {
                writeOf.merge(w.version(), w, (a, b) -> a.outcome() == Outcome.OK ? a : b);
            }
        }
        // every stored version comes from a write, with its value
        now.values().forEach((version, value) -> {
            Op w = writeOf.get(version);
            if (w == null) {
                findings.add(secret + ": version " + version + " was never written (or its write was refused)");
            } else if (!w.value().equals(value)) {
                findings.add(secret + ": version " + version + " holds another value than was written");
            }
        });
        // acknowledged versions that cannot have been purged are there, with their value
        Set<String> safe = new HashSet<>();
        for (Op w : writes) {
            if (w.outcome() != Outcome.OK) {
                continue;
            }
            long maybeLater = writes.stream().filter(o -> o != w && o.mayHaveHappened()
                    && o.completed() > w.invoked()).count();
            if (maybeLater < WRITES_BEFORE_A_PURGE) {
                safe.add(w.version());
                versionsChecked++;
                String value = now.values().get(w.version());
                if (value == null) {
                    findings.add(secret + ": acknowledged version " + w.version() + " is lost (" + maybeLater
                            + " writes may have come after it)");
                }
            }
        }
        // reads by VersionId during the run
        for (Op read : history) {
            if (read.kind() != Kind.GET_VERSION) {
                continue;
            }
            Op w = writeOf.get(read.version());
            if (read.outcome() == Outcome.OK) {
                readsChecked++;
                if (w == null || !w.value().equals(read.value())) {
                    findings.add(secret + ": a read of " + read.version() + " returned another value");
                }
            } else if (read.outcome() == Outcome.FAILED && read.status() == 404) {
                Op acked = writes.stream().filter(o -> o.outcome() == Outcome.OK
                        && o.version().equals(read.version()) && o.completed() < read.invoked()).findFirst()
                        .orElse(null);
                if (acked == null) {
                    continue;
                }
                // writes that may have purged it before this read ended
                long maybeBefore = writes.stream().filter(o -> o != acked && o.mayHaveHappened()
                        && o.completed() > acked.invoked() && o.invoked() < read.completed()).count();
                if (maybeBefore < WRITES_BEFORE_A_PURGE) {
                    readsChecked++;
                    findings.add(secret + ": a read of acknowledged version " + read.version() + " on node "
                            + read.node() + " answered 404 (" + maybeBefore + " writes may have come after it)");
                }
            }
        }
        checkLabels(secret, history, now, writeOf);
        checkTags(secret, history, now);
    }

    private void checkLabels(String secret, List<Op> history, Stored now, Map<String, Op> writeOf) {
        List<String> current = holders(now, "ACSCurrent");
        List<String> previous = holders(now, "ACSPrevious");
        if (current.size() != 1) {
            findings.add(secret + ": " + current.size() + " versions carry ACSCurrent " + current);
            return;
        }
        if (previous.size() > 1) {
            findings.add(secret + ": " + previous.size() + " versions carry ACSPrevious " + previous);
        }
        // who may have set ACSCurrent last: a write or move not followed by an acknowledged one that began after it
        List<Op> setters = history.stream().filter(op -> op.mayHaveHappened()
                && (op.kind() == Kind.PUT || op.kind() == Kind.CREATE || op.kind() == Kind.MOVE_CURRENT)).toList();
        Set<String> candidates = setters.stream().filter(x -> setters.stream().noneMatch(y -> y != x
                        && y.outcome() == Outcome.OK && y.invoked() > x.completed()))
                .map(Op::version).collect(Collectors.toSet());
        if (!candidates.contains(current.get(0))) {
            findings.add(secret + ": ACSCurrent is on " + current.get(0) + ", but the last writes or moves were to "
                    + candidates.stream().sorted().toList());
        }
    }

    private static List<String> holders(Stored now, String label) {
        return now.stages().entrySet().stream().filter(e -> e.getValue().contains(label)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    private void checkTags(String secret, List<Op> history, Stored now) {
        Map<String, List<Op>> byKey = history.stream().filter(op -> op.kind() == Kind.TAG || op.kind() == Kind.UNTAG)
                .collect(Collectors.groupingBy(Op::tagKey));
        byKey.forEach((key, changes) -> {
            // one thread owns a key and changes it one request at a time: the last change that did not fail counts
            List<Op> ordered = changes.stream().filter(Op::mayHaveHappened)
                    .sorted(Comparator.comparingLong(Op::invoked)).toList();
            if (ordered.isEmpty() || ordered.get(ordered.size() - 1).outcome() != Outcome.OK) {
                return;
            }
            Op last = ordered.get(ordered.size() - 1);
            tagsChecked++;
            if (last.kind() == Kind.TAG && !last.tagValue().equals(now.tags().get(key))) {
                findings.add(secret + ": acknowledged tag " + key + "=" + last.tagValue() + " is "
                        + (now.tags().containsKey(key) ? "changed" : "missing"));
            }
            if (last.kind() == Kind.UNTAG && now.tags().containsKey(key)) {
                findings.add(secret + ": acknowledged removal of tag " + key + " did not stick");
            }
        });
    }
}
