package kmsecrets.bootstrap.system;

import java.time.Duration;

/** Waiting for what another process does: poll with a generous bound, never a fixed sleep. */
final class Poll {
    private static final Duration BOUND = Duration.ofMinutes(3);

    private Poll() {
    }

    /** A condition that may need I/O to decide. */
    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }

    static void until(String what, Check condition) throws Exception {
        long deadline = System.nanoTime() + Patience.of(BOUND).toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }
}
